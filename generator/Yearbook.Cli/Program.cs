// The `yearbook` command. Commands are added in Commands/ and wired here.
return 0;
