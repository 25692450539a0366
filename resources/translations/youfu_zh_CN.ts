<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>youfu::core::AuditLog</name>
    <message>
        <source>Internal error: an audit entry was written outside a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: a change without a named user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is missing (the log jumps from %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>youfu::core::Cli</name>
    <message>
        <source>unexpected argument “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1 (data format %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say the login name once: user add LOGIN --role ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one --role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 added (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log is broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who acts: --as LOGIN (the change is recorded under that name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>youfuctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create an empty database (or upgrade an old one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a user; the first user of a database must be an admin. Passwords come from the terminal, or one per line on stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the audit log&apos;s hash chain; exit 0 when intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: youfuctl [--db FILE] COMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youfu (优抚工作台) from the terminal: the same work as the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database (default: $YOUFU_DB, else %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: clerk, section_chief, inspector, director, admin, auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>youfuctl: unknown command “%1”; see youfuctl --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>youfu::core::Database</name>
    <message>
        <source>opened read-only on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Youfu database: it is not an SQLite database file at all. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Youfu database. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Youfu (data format %2; this program knows up to %3). Install the newer version to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of the database cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” does not exist and cannot be created read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot initialise the new database “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs an upgrade of its data format, but it can only be opened read-only (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the setting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot use write-ahead logging here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the setting synchronous = FULL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>youfu::core::Migrator</name>
    <message>
        <source>The upgrade %1 is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade %1 of the database failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade %1 could not record its version: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>youfu::core::PasswordPolicy</name>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must mix at least three of: upper-case letters, lower-case letters, digits and other signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the login name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>youfu::core::Permission</name>
    <message>
        <source>view business records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the registry of entitled persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show full ID and bank account numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file archive entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify archive entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lend archive files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the benefit standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review applications as section chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>countersign applications as discipline inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve applications as director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>youfu::core::Role</name>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role “%1” cannot be combined with any other role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>youfu::core::SettingsStore</name>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>youfu::core::Transaction</name>
    <message>
        <source>The database is open read-only (%1); nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy with another writer; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>youfu::core::UserStore</name>
    <message>
        <source>A login name has 2 to 32 letters, digits, “.”, “_” or “-”, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first user must be the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has users; log in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name “%1” is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot take the administrator role from yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 wrong passwords this account is locked until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been disabled. Ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 wrong passwords this account is locked for %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>youfu::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was set by the administrator. Choose your own before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>youfu::ui::FirstAdminDialog</name>
    <message>
        <source>Set up Youfu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the system administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no users yet. The administrator adds the clerks, the section chief, the discipline inspector and the director, but cannot approve or change business records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 王志强</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters, three kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>youfu::ui::HomeCards</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active accounts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries, chain intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN at entry %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>youfu::ui::HomePage</name>
    <message>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>youfu::ui::Launcher</name>
    <message>
        <source>Youfu special-care workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest this login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youfu cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only (%1). You can look, but nothing can be changed or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youfu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This read-only database has no users.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>youfu::ui::LoginDialog</name>
    <message>
        <source>Log in to Youfu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youfu special-care workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>youfu::ui::MainWindow</name>
    <message>
        <source>Youfu — special-care workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Youfu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[READ-ONLY: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Youfu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Youfu %1&lt;/h3&gt;&lt;p&gt;Special-care workbench for the civil affairs bureau: registry of entitled persons, archives, approvals, payments, visits and letters-and-visits.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Data format: %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>youfu::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office (shared by everyone using this database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;County:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the system administrator changes these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of Youfu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>youfu::ui::UserDialog</name>
    <message>
        <source>Change user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user must change it at first login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator and the auditor hold no other role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>youfu::ui::UserModel</name>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>youfu::ui::UsersPage</name>
    <message>
        <source>Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever approves is responsible: every record names the user who made it. Users are never deleted, only disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1 (they must change it when they next log in):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1? They can no longer log in; their records stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
