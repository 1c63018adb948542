// Registry keys the suite looks for in fixed files (as written in .reg files: full root names).

/** The 32-bit (WOW6432Node) view of the .NET 4 key that Azure Backup's AZB-003/AZB-004 require. */
export const WOW6432_NET_KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319';
