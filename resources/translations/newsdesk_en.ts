<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Newsdesk::AboutDialog</name>
    <message>
        <source>About Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsdesk icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop newsroom editor: write, review and publish a static portal site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Libraries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the versions of Newsdesk and its libraries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Actions</name>
    <message>
        <source>&amp;New Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new library file, empty or with the demo newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing library file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the list of recently opened libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the open library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the channels and articles of the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the details of the selected article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence of Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt version Newsdesk runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the articles of the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Current Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current search and filters under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tags to the selected articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tags from the selected articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to Channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected articles to another channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Flags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set or clear flags of the selected articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit for Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the selected drafts and returned articles for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected articles to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;estore from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected articles out of the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage &amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, rename, merge and delete tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a channel under the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected channel or change its settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move Channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected channel elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site name, base URL, language, footer, theme folder and ad slots of the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new article in the selected channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the current article in an editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article being edited as a new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the article being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last change of the body or the fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the change taken back again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor &amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the published page beside the article being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the portal as a static site bundle: a folder or a .zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected articles as they are now (chief editors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn to Author…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected articles back to their authors with a note (chief editors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected approved or published articles off the site (chief editors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every revision of the current article: compare any two, restore one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the articles waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage &amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people, change their roles and passwords, deactivate accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what and when: filter the audit log and export it as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Newsroom Ser&amp;ver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work in a newsroom&apos;s shared library on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in articles from portal pages, Markdown, text files, folders and archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shortcut of Newsdesk, by menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to use Newsdesk, step by step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::AdSlotsEditor</name>
    <message>
        <source>&amp;Add Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates place the slot with {{{ads.KEY}}}: lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML, placed in the pages as written. When saved it is cleaned to the article HTML allow-list: scripts, frames, styles and event handlers are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new slot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::AddUserDialog</name>
    <message>
        <source>Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief editors and administrators need a password of at least %1 characters; for editors it is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArchivePass</name>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a zip or tar archive (%2); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry “%2” cannot be read, the archive is damaged (%3); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 from %2: %3; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry after “%2” cannot be read, the archive is damaged (%3); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the entry “%2” is one more than the %n entries allowed; nothing was imported.</source>
        <translation>
            <numerusform>%1: the entry “%2” is one more than the %n entry allowed; nothing was imported.</numerusform>
            <numerusform>%1: the entry “%2” is one more than the %n entries allowed; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: entry number %2 has no name; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry “%2” has control characters in its name; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry “%2” has an absolute path; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry “%2” points outside the archive; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry “%2” is a hard link, which is not allowed; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry “%2” is a symbolic link, which is not allowed; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry “%2” is a device file, which is not allowed; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry “%2” is a named pipe (FIFO), which is not allowed; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry “%2” is a socket, which is not allowed; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry “%2” is neither a file nor a folder; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry “%2” is encrypted, which is not supported; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry “%2” has a damaged header; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry “%2” is %3, more than the %4 allowed for one file; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry “%2” takes the archive over the %3 it may unpack to; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry “%2” is both a file and a folder; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry “%2” appears more than once; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry “%2” lies inside “%3”, which is a file; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry “%2” unpacks to more than the %3 allowed for one file; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleBatch</name>
    <message>
        <source>No tags were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it already has these tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has none of these tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no channel %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is already in that channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its flags are already so</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleDetailsPane</name>
    <message>
        <source>Select an article to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in the trash since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up %1 (%2) · Down %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of tags</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; an edit %2 (these details are the edit&apos;s, the approved version stays live)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleDiff</name>
    <message>
        <source>[Image %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Image %1: %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Page break]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Page break: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleDocument</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleEditor</name>
    <message>
        <source>New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save the Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a new article (%1); the other version was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is empty: there is nothing to suggest a summary from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was submitted for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved merged with the other changes (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleFields</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleFlag</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleForm</name>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Short title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;btitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edito&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest from Bod&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the summary with the opening of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bol&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title colour: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title colour: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 (%3×%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleJson</name>
    <message>
        <source>The article saved in %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleListView</name>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleMerge</name>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleRepository</name>
    <message>
        <source>The article has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article &quot;%1&quot; has no channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title colour &quot;%1&quot; of &quot;%2&quot; is not a colour like #cc0000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article &quot;%1&quot; is flagged as a redirect but has no redirect URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article &quot;%1&quot; expires before it is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else (it is at version %2; you started from version %3). Nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleSaver</name>
    <message>
        <source>Cannot Save the Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone Else Is Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Save your text as a new article instead? Nothing you typed is lost either way: it stays in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleTableModel</name>
    <message>
        <source>, </source>
        <comment>separator of a list of tags</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · edit %2</source>
        <comment>status of a live article with a staged edit</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleValidator</name>
    <message>
        <source>every article needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the channel the article appears in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour like #cc0000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article is flagged %1 but has no address to redirect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (http://… or https://…) or a path on the site (/…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not after the publish time %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; may only hold Latin letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, start with a letter or digit and be at most 100 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the main channel cannot also be a secondary channel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::AuditCsv</name>
    <message>
        <source>Cannot write the audit log CSV: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown; more load as you scroll.</source>
        <translation>
            <numerusform>%n entry shown; more load as you scroll.</numerusform>
            <numerusform>%n entries shown; more load as you scroll.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the detail or the article title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting the audit log: %n entries…</source>
        <translation>
            <numerusform>Exporting the audit log: %n entry…</numerusform>
            <numerusform>Exporting the audit log: %n entries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::AuditLogModel</name>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval moved with a taxonomy change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change site settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::BodyEditor</name>
    <message>
        <source>HTML &amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace in Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>←</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML was not applied; the source view shows why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字数 %1 · %2 Chinese characters · %3 words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::BodyTextEdit</name>
    <message>
        <source>Article body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::BulkActions</name>
    <message numerus="yes">
        <source>%1: %n article(s) changed</source>
        <translation>
            <numerusform>%1: %n article changed</numerusform>
            <numerusform>%1: %n articles changed</numerusform>
        </translation>
    </message>
    <message>
        <source>Article %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) left as they were</source>
        <translation>
            <numerusform>%n article left as it was</numerusform>
            <numerusform>%n articles left as they were</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tags to add to %n article(s), separated by commas:</source>
        <translation>
            <numerusform>Tags to add to %n article, separated by commas:</numerusform>
            <numerusform>Tags to add to %n articles, separated by commas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tags to remove from %n article(s), separated by commas:</source>
        <translation>
            <numerusform>Tags to remove from %n article, separated by commas:</numerusform>
            <numerusform>Tags to remove from %n articles, separated by commas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n article(s) to:</source>
        <translation>
            <numerusform>Move %n article to:</numerusform>
            <numerusform>Move %n articles to:</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleCommit</name>
    <message>
        <source>Cannot move the new bundle to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the new bundle in place of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 aside: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ChannelActions</name>
    <message>
        <source>New Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home channel cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; holds %n article(s). Move them to:</source>
        <translation>
            <numerusform>&quot;%1&quot; holds %n article. Move it to:</numerusform>
            <numerusform>&quot;%1&quot; holds %n articles. Move them to:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the empty channel &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ChannelDialog</name>
    <message>
        <source>The channel&apos;s folder in the published site&apos;s URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} {yyyy} {mm} {dd} {mmdd} {id} {name}; empty for the site&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEO &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEO &amp;keywords:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEO &amp;description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles per list &amp;page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article UR&amp;L rule:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ChannelPickerDialog</name>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ChannelRepository</name>
    <message>
        <source>A channel needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no channel %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL name &quot;%1&quot; of channel &quot;%2&quot; may hold only lower-case letters, digits, - and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size of channel &quot;%1&quot; must be from 1 to 1000, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another channel at the same place already uses the URL name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel or its new place no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home channel cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot move into itself or one of its sub-channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home channel cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has sub-channels: move or delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 articles: choose another channel for them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ChannelTreeModel</name>
    <message numerus="yes">
        <source>%1: %n article(s), %2 including sub-channels</source>
        <translation>
            <numerusform>%1: %n article, %2 including sub-channels</numerusform>
            <numerusform>%1: %n articles, %2 including sub-channels</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommandLine</name>
    <message>
        <source>create a library, optionally with the demo newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the portal site bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search the articles of a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit articles for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve submitted articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return submitted articles to their editors with a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the editor (the default library when LIB is not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIB is an SQLite library file or a postgresql:// URL. Run &quot;newsdesk SUBCOMMAND --help&quot; for the options of a subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 on success, 1 on failure, 2 on a usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsdesk %1: a desktop newsroom editor that publishes a static portal site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 subcommand is not available in this version of Newsdesk yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list or add the people of a library (also: passwd, deactivate, activate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import articles from portal pages, Markdown or text files, folders and archives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentThreadView</name>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt; (editorial comments, never published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note for the author and other editors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to add a note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by someone else (version %2) after you opened it (version %3). Both versions are below; copy what you need from theirs into your editor, then overwrite, or keep both by saving yours as a new article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite with Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your version; theirs stays in the article&apos;s revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mine as a &amp;New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save theirs with your changes added: you changed different things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save theirs with your changes added; where you both changed the same thing (%1), yours is kept and theirs stays in the revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed different things: Merge Both keeps all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You both changed %1: Merge Both keeps yours there and everything else from both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by someone else (version %2) after you opened it (version %3). Both versions are below. Merge Both keeps both people&apos;s changes; or overwrite theirs, or keep both by saving yours as a new article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ConnectDialog</name>
    <message>
        <source>Connect to Newsroom Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work in your newsroom&apos;s shared library on its PostgreSQL server. Your administrator gives you the server, the database and your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. db.newsroom.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. Newsdesk also finds it in ~/.pgpass or in the PGPASSWORD environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Database</name>
    <message>
        <source>%1 is locked by another program (%2). Try again when that program has finished with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (%2). Check the permissions of the file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Newsdesk library: it is not an SQLite database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read or written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address like postgresql://user@host:5432/newsroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql); %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was too busy: the change lost to others %2 times (%3). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy with another change (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the change: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 needs the password of %2 (database %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 did not accept the password of %2 (database %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::DemoLibrary</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of demo articles must be between 0 and %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::DemoNewsroom</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::DemoText</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Dialogs</name>
    <message>
        <source>Newsdesk libraries (*.%1);;SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::DiffHtml</name>
    <message numerus="yes">
        <source>… %n unchanged line(s) …</source>
        <translation>
            <numerusform>… %n unchanged line …</numerusform>
            <numerusform>… %n unchanged lines …</numerusform>
        </translation>
    </message>
    <message>
        <source>The two revisions are identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body&apos;s formatting changed; its text is the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::EditorAccess</name>
    <message>
        <source>Nobody is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: nobody is signed in. Use File &gt; Switch User… to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. It is read-only here until they close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took over editing this article: it is read-only here now. Your unsaved changes are kept; Save a Copy keeps them as a new article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published version stays live until this edit is approved (the edit: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved version stays in place until this edit is approved (the edit: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · edit %2</source>
        <comment>status of a live article with a staged edit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved change to the text is a staged edit: the published version stays live until the edit is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved change to the text is a staged edit: the approved version stays in place until the edit is approved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::EditorTabs</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open the Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery Store Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
It was moved to %2, and unsaved edits are kept in a new recovery store from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Unsaved edits cannot be kept for recovery: save your articles with Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Restore the Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library and open articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::EditorWorkflow</name>
    <message>
        <source>Cannot Submit the Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Editor Is Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Save your text as a new article instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Over Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Take the article over? Their editor turns read-only; what they have not saved stays with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Take Over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ExportCommand</name>
    <message>
        <source>The library to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle: a folder (new, empty, or a previous export), or a file ending in .zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite only what changed since the previous export in the same place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s address for feeds, the sitemap and the 404 page, instead of the site setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering threads (default: one per core, here %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what was done as a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--library LIB is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out DIR|FILE.zip is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url needs an absolute http or https address such as https://news.example.com/, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads needs a whole number from 1 to 256, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1 in %2 s.</source>
        <translation>
            <numerusform>Exported %n article to %1 in %2 s.</numerusform>
            <numerusform>Exported %n articles to %1 in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files: %1 written (%2 MB), %3 unchanged, %4 removed; %5 in the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n approved article(s) marked published.</source>
        <translation>
            <numerusform>%n approved article marked published.</numerusform>
            <numerusform>%n approved articles marked published.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as this person (a chief editor or admin; the password in %1, or on standard input with --password-stdin). Without it the export runs as the local operator and publishes only what chief editors approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password of --as from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ExportDialog</name>
    <message>
        <source>Export Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder, or a file ending in .zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target folder or .zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;Zip File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull: write every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incremental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pages whose content changed are rewritten; needs a previous export in the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL for this export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site settings give no base URL: feeds and the sitemap need one. Leave empty to export without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site setting: %1. Leave empty to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Zip File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder or a .zip file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target &quot;%1&quot; is not a full path: give the whole path of a folder or of a file ending in .zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering pages: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target held no previous export to compare with, so every page was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled. The previous bundle at %1, if there was one, stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1
The previous bundle, if there was one, stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is being exported. Stop the export and close? The previous bundle stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ExportSummaryView</name>
    <message>
        <source>Files written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles on the site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Exporter</name>
    <message>
        <source>The export was cancelled; %1 is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No export target was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a .zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file: export into a folder, or to a name ending in .zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty and holds no Newsdesk bundle (no %2), so it is left alone: export into an empty or new folder, or into a previous export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no previous export, so everything was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous manifest cannot be used (%1), so everything was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold %2 where its manifest says; export in full instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the new zip file to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site has no base URL (Library &gt; Site Settings, or --base-url): the feeds and the sitemap need one and were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 files written, %3 unchanged, %4 removed; %n newly published</source>
        <translation>
            <numerusform>%1: %2 files written, %3 unchanged, %4 removed; %n newly published article</numerusform>
            <numerusform>%1: %2 files written, %3 unchanged, %4 removed; %n newly published articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::FigureDialog</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新华社记者鞠鹏摄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the photo shows, for readers who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alternative text:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::FigureInserter</name>
    <message>
        <source>%1 cannot be added: no library is open to keep the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor in a photo to edit its caption and credit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::FilterBar</name>
    <message>
        <source>Search titles, text, tags, sources and authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag, author, editor, source, flag and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Editor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter and the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::FindBar</name>
    <message>
        <source>Re&amp;gex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::FlagsDialog</name>
    <message>
        <source>Set Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked flags are set and cleared ones removed on every selected article; partly ticked flags stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::FormatActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading &amp;4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strikethrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bscript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;perscript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ullet List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indent List Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outdent List Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block &amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal &amp;Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Brea&amp;k (分页)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Row Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Column Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the next page&apos;s title in the page break.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::FrontMatter</name>
    <message>
        <source>%1, front matter line %2: the JSON front matter opened here is never closed with “}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, front matter line 1: the front matter opened here is never closed with “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, front matter line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter is not a set of keys and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter holds more than %L1 values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::FrontMatterMapping</name>
    <message>
        <source>The date “%1” is not a date; the date in the file name is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date “%1” is not a date; the article has no publish time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Gui</name>
    <message>
        <source>The library to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library to open: a file or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::HistoryRepository</name>
    <message>
        <source>A review comment cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::HistoryView</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the content of the selected version as a new version; the state of the article stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one version to see what it changed, or two to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 against the version before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 against version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to restore a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 was not restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::HtmlPageReader</name>
    <message>
        <source>%1: no article text found (the page has no article, main content or block of paragraphs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time “%1” is not a date; the article has no publish time from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page has no title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImageFormat</name>
    <message>
        <source>it has no image data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end-of-image marker is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 chunk is cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IEND chunk is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GIF trailer is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds %1 of the %2 bytes its header announces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportChannels</name>
    <message>
        <source>The library %1 has no channels to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no channel %1 and only chief editors may add channels: put in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would add the channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It names no channel of the library: put in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no channel “%1” in %2 (give names or slugs from the top, such as “资讯/热点”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportCommand</name>
    <message>
        <source>say who imports with --as USER (the articles become their drafts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every article in this channel: names or slugs from the top, such as 资讯/热点 (else where each page&apos;s breadcrumb or categories say).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as this person: the articles become their drafts (the password in %1, or on standard input with --password-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password of --as from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the articles for review (not those their file marks as drafts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read everything and report what would happen; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files, folders (read recursively) and .zip or .tar.gz archives of portal pages (.html), Markdown (.md) and text (.txt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--library LIB is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the files, folders or archives to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportDialog</name>
    <message>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal pages (.html, also GBK and Big5), Markdown with Hugo or Jekyll front matter (.md), text files (.txt), whole folders and .zip or .tar.gz archives. Images beside the pages become media. Importing the same files again updates their articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and folders to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit for review (not items marked as drafts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck (Dry Run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read everything and show what would happen, without writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each item says (breadcrumb, categories, folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages, Markdown, text and archives (*.html *.htm *.shtml *.md *.markdown *.txt *.zip *.tar.gz *.tgz *.tar);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a library and sign in to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the files, folders or archives to import first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the file being written…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportPreparer</name>
    <message>
        <source>larger than %1 MiB: not an article page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportReport</name>
    <message>
        <source>would import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: would import %1, update %2; %3 unchanged, %4 skipped; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1, updated %2; %3 unchanged, %4 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 items; importing again continues where this stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s) kept as links to other sites.</source>
        <translation>
            <numerusform>%n remote image kept as a link to another site.</numerusform>
            <numerusform>%n remote images kept as links to other sites.</numerusform>
        </translation>
    </message>
    <message>
        <source>remote image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would add the channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added the channel %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportReportView</name>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to each file; activate a row to open its article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote image kept as a link: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportRun</name>
    <message>
        <source>the import was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportScanner</name>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link: not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to unpack “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder “%1” to unpack “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a page, Markdown or text file (.html, .md, .txt) nor an archive (.zip, .tar.gz)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportWriter</name>
    <message>
        <source>The channel chosen for the import (%1) no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved in the old system by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not found beside the file were left out.</source>
        <translation>
            <numerusform>%n image not found beside the file was left out.</numerusform>
            <numerusform>%n images not found beside the file were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>no title found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported on %1, not changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same file as %1, imported before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its article #%1 is in the trash: restore it to import this again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept as a draft: the file marks it as one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::InitCommand</name>
    <message>
        <source>Fill it with the demo newsroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many articles to generate for the demo newsroom (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--library LIB is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--articles only applies with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--articles needs a whole number from 0 to %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating demo articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with the demo newsroom and %n generated article(s) in %2 s.</source>
        <translation>
            <numerusform>Created %1 with the demo newsroom and %n generated article in %2 s.</numerusform>
            <numerusform>Created %1 with the demo newsroom and %n generated articles in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created the empty library %1 with the administrator &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library to create: a new file, or an empty PostgreSQL database (postgresql://OWNER@HOST:PORT/DB, run by its owner; on a database that already holds a library, init brings its format up to date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the database&apos;s owner in the address: postgresql://OWNER@HOST/DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each person a login with &quot;newsdesk users --library %1 add NAME --role editor|chief|admin --password-stdin&quot; (or users passwd NAME for the people already listed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a Newsdesk library; its format is up to date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::LeaseRepository</name>
    <message>
        <source>being edited by %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article is %1; its lease ends at %2 unless renewed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Library</name>
    <message>
        <source>%1 is an SQLite database but not a Newsdesk library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: something else created that file meanwhile; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: writing it to disk failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Newsdesk library yet. Its owner creates one there with &quot;newsdesk init --library %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has library format %2 and this Newsdesk needs %3; the database&apos;s owner updates it with &quot;newsdesk init --library %1&quot;. (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a Newsdesk library; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not one of this library&apos;s people (their login has none of its roles). The database&apos;s owner adds them with &quot;newsdesk users --library … passwd %2&quot; or &quot;add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::LibraryFile</name>
    <message>
        <source>No library file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a Newsdesk library file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Newsdesk library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Newsdesk library: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only. Newsdesk writes to its library as you work: make the file writable, or open a writable copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened because its folder %2 is read-only (the library keeps its journal beside the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; Newsdesk will not overwrite it. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::LibrarySession</name>
    <message>
        <source>Cannot create the folder %1 for the default library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a library before signing in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::LibraryView</name>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article details and preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::LinkDialog</name>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address the link goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be a link: links may go to http, https and mailto addresses or to a path on this site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::LiveUpdates</name>
    <message>
        <source>This article was deleted elsewhere. Save a copy to keep the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved version %1 of this article at %2. Saving here shows both versions first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved version %2 of this article at %3. Saving here shows both versions first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made on other desktops show here within a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window cannot follow other desktops&apos; changes (the library did not accept listening). Use Refresh (F5) to see them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::MainWindow</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new interface language applies the next time Newsdesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article with unsaved changes is still open; the library was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Manifest</name>
    <message>
        <source>%1 is not valid JSON at byte %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has manifest format %2; this Newsdesk reads format %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists a file without a path or SHA-256: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ManualBrowser</name>
    <message>
        <source>Manual page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ManualWindow</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manual is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsdesk looked for it in these folders. Installing the newsdesk package puts it in /usr/share/doc/newsdesk/manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsdesk Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — User Manual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::MarkdownReader</name>
    <message>
        <source>The file is not all UTF-8 text; what is not was replaced with “�”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::MediaImporter</name>
    <message>
        <source>%1 could not be converted to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it holds no image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MB; at most %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 image; Newsdesk accepts JPEG, PNG, GIF and WebP images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image: it is none of JPEG, PNG, GIF or WebP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 image, but this system cannot read %2 images (install the Qt image format plugins: qt6-image-formats-plugins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an incomplete %2 image (%3); it may have been cut off while copying or downloading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a damaged %2 image: its size cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claims to be %2 × %3 pixels (%4 megapixels), more than the %5 megapixels Newsdesk accepts; it was not opened, as it could exhaust the memory (a decompression bomb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels; decoding it would take %4 MB, more than the %5 MB Newsdesk allows. Save it as a JPEG or a smaller image first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a damaged %2 image and cannot be decoded (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::MediaRepository</name>
    <message>
        <source>%1 is not an image Newsdesk can read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::MediaVariants</name>
    <message>
        <source>Media %1 (%2): its %3 px variant could not be written (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media %1 (%2) has no resized variants: it is %3 px wide (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media %1 (%2) has no %3 px variant (it offers: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Migrator</name>
    <message>
        <source>%1 has an invalid schema version &quot;%2&quot; in newsdesk_meta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Newsdesk (library format %2; this version reads up to %3). Update Newsdesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::NewLibraryDialog</name>
    <message>
        <source>New Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fill it with the &amp;demo newsroom (老辰光, with %n generated articles)</source>
        <translation>
            <numerusform>Fill it with the &amp;demo newsroom (老辰光, with %n generated article)</numerusform>
            <numerusform>Fill it with the &amp;demo newsroom (老辰光, with %n generated articles)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::OptionalDateTimeEdit</name>
    <message>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::PasswordDialog</name>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ: type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Passwords</name>
    <message>
        <source>A password needs at least %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password library (libsodium) cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to hash the password (Argon2id needs %1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::PasteController</name>
    <message>
        <source>pasted image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n pasted photo(s) to the library.</source>
        <translation>
            <numerusform>Added %n pasted photo to the library.</numerusform>
            <numerusform>Added %n pasted photos to the library.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::PeopleActions</name>
    <message>
        <source>%1 has no password yet: set one in Library &gt; Manage Users….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in: use File &gt; Switch User… to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Your Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are %1 and your account has no password yet: anyone could sign in as you. Set a password now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Permissions</name>
    <message>
        <source>write articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit other people&apos;s articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve, return or withdraw articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrange the front page (headline, slides, recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage channels and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the site settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s account is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) cannot %3: that takes the role %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Newsdesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos longer than this on their longest side are reduced when they are added to an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest &amp;image side:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::PreviewPane</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the page again with the library as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::PreviewService</name>
    <message>
        <source>No library is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::PublicationRepository</name>
    <message>
        <source>Article %1 &quot;%2&quot; does not match what was approved: its approval hash is %3, but the text to be published hashes to %4. It was changed outside the workflow, so it is not published; a chief editor must review and approve it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 &quot;%2&quot; has no approved revision %3 to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1 of article %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::PublishingForm</name>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher weights come first in lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel the article appears in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Secondary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel the article appears in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another channel the article is also listed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image #%1 (not in the body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a chief editor arranges the front page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::RecentLibrariesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent libraries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsdesk closed without saving these articles. Restore them to keep editing, compare them with the saved version, or discard them. Articles you do not decide on now are offered again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new, never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1, from version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Unsaved Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard the unsaved edits of %n article(s)? They cannot be recovered afterwards.</source>
        <translation>
            <numerusform>Discard the unsaved edits of %n article? It cannot be recovered afterwards.</numerusform>
            <numerusform>Discard the unsaved edits of %n articles? They cannot be recovered afterwards.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare Recovered Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::RecoveryStore</name>
    <message>
        <source>The recovery store %1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the recovery store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery store %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Newsdesk recovery store; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery store %1 is damaged or is not an SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery store %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the recovery store %1 out of the way to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery store %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Renderer</name>
    <message>
        <source>&quot;%1&quot; has no page %2 (it has %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no channel %1 with list pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No live article carries the tag &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ReviewActions</name>
    <message>
        <source>No library is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select articles in the library first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an article in the library first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n article(s) changed.</source>
        <translation>
            <numerusform>%1: %n article changed.</numerusform>
            <numerusform>%1: %n articles changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>What should be changed? %n article(s) go back to their authors with this note.</source>
        <translation>
            <numerusform>What should be changed? %n article goes back to its author with this note.</numerusform>
            <numerusform>What should be changed? %n articles go back to their authors with this note.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Why are %n article(s) withdrawn? The reason is kept in the notes and the audit log.</source>
        <translation>
            <numerusform>Why is %n article withdrawn? The reason is kept in the notes and the audit log.</numerusform>
            <numerusform>Why are %n articles withdrawn? The reason is kept in the notes and the audit log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n article(s)? They leave the site at the next export.</source>
        <translation>
            <numerusform>Withdraw %n article? It leaves the site at the next export.</numerusform>
            <numerusform>Withdraw %n articles? They leave the site at the next export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::ReviewCommand</name>
    <message>
        <source>The library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does it (a user of the library).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read USER&apos;s password from one line of standard input (else from %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the author should change (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve every article waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of an article (newsdesk search shows ids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--library LIB is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as USER is required: say who does it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give article ids or --all-submitted, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give article ids or --all-submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the ids of the articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--comment TEXT is required: tell the author what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article is waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted %1 &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1 &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned %1 &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ReviewPanel</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; an edit of it is %2 (the approved version stays live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as a chief editor to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article is not waiting for review: it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve version %1 as shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it back to its author with a note saying what to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[approved, live]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: version %1 is what will be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should be changed in &quot;%1&quot;? The author reads this in the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the author with your note (now version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing (everything in the article is new)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ReviewQueueView</name>
    <message>
        <source>Review Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Queue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>review queue badge: a staged edit (改)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edit of a live article: the approved version stays published until this edit is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
by %2 (version %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ReviewRepository</name>
    <message>
        <source>Article %1 has no version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 of article %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::RevisionDiffView</name>
    <message>
        <source>&amp;Inline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show removed and added text in one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the two revisions in two columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;unchanged fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show unchanged fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collapse unchanged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse unchanged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the body lines near a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between the revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changes in %n field(s)</source>
        <translation>
            <numerusform>Changes in %n field</numerusform>
            <numerusform>Changes in %n fields</numerusform>
        </translation>
    </message>
    <message>
        <source>Formatting changes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 in %3</source>
        <extracomment>The whole summary: &quot;12 characters added, 3 removed in 2 fields&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) added</source>
        <translation>
            <numerusform>%n character added</numerusform>
            <numerusform>%n characters added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Role</name>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::SafeArchive</name>
    <message>
        <source>%1 is not a .zip, .tar.gz, .tgz or .tar archive; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot unpack %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot unpack %1: the folder %2 is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::SanitizerReport</name>
    <message numerus="yes">
        <source>%n script(s)</source>
        <translation>
            <numerusform>%n script</numerusform>
            <numerusform>%n scripts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event handler(s)</source>
        <translation>
            <numerusform>%n event handler</numerusform>
            <numerusform>%n event handlers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsafe link(s) or address(es)</source>
        <translation>
            <numerusform>%n unsafe link or address</numerusform>
            <numerusform>%n unsafe links or addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n embedded frame(s) or object(s)</source>
        <translation>
            <numerusform>%n embedded frame or object</numerusform>
            <numerusform>%n embedded frames or objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form control(s)</source>
        <translation>
            <numerusform>%n form control</numerusform>
            <numerusform>%n form controls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n style sheet(s)</source>
        <translation>
            <numerusform>%n style sheet</numerusform>
            <numerusform>%n style sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n style attribute(s)</source>
        <translation>
            <numerusform>%n style attribute</numerusform>
            <numerusform>%n style attributes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other element(s)</source>
        <translation>
            <numerusform>%n other element</numerusform>
            <numerusform>%n other elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n embedded image(s)</source>
        <translation>
            <numerusform>%n embedded image</numerusform>
            <numerusform>%n embedded images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) with a relative address</source>
        <translation>
            <numerusform>%n image with a relative address</numerusform>
            <numerusform>%n images with a relative address</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) from local files</source>
        <translation>
            <numerusform>%n image from a local file</numerusform>
            <numerusform>%n images from local files</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::SavedSearchesMenu</name>
    <message>
        <source>Saved Searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::SearchCommand</name>
    <message>
        <source>The library to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most articles to list (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the hits as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the search index instead of searching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for: Chinese words (扶贫), English words or their beginnings (pov), &quot;an exact phrase&quot;. An article must contain every term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--library LIB is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rebuild takes no query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a QUERY (or --rebuild) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the search index of %1: %n article(s) in %2 s.</source>
        <translation>
            <numerusform>Rebuilt the search index of %1: %n article in %2 s.</numerusform>
            <numerusform>Rebuilt the search index of %1: %n articles in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles match &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in the trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::SearchIndex</name>
    <message>
        <source>The search index of %1 is damaged. Rebuild it with &quot;newsdesk search --library %1 --rebuild&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ServerLogins</name>
    <message>
        <source>%1: no PostgreSQL connection to hash a password with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not hash the password of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ShortcodeExpander</name>
    <message>
        <source>A paragraph of more than %L1 bytes was read without its links and images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to other pages of the Hugo site (“%1”) were left out; their text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hugo shortcode “%1” is not supported and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Hugo figure without an image (src) was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Liquid tag “{% %1 %}” is not supported and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Liquid output “{{ %1 }}” is not supported and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::SignIn</name>
    <message>
        <source>There is no user named &quot;%1&quot; in this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s account is deactivated; an administrator can reactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s account has a password: give it to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::SignInCli</name>
    <message>
        <source>%1&apos;s account has a password: give it in the %2 environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s account has a password: give it on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s account is deactivated; an administrator can reactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is connected to %2 as %3 and cannot act as %4: connect as %4 instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::SiteData</name>
    <message>
        <source>The library %1 has no channels, so it has no site to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::SiteRepository</name>
    <message>
        <source>An ad slot needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ad slot %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ad slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ad slot %1 added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::SiteSettingsCheck</name>
    <message>
        <source>The site needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site name is %1 characters long; at most %2 fit in a page title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The footer is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme folder &quot;%1&quot; is not an absolute path; choose the folder again, or leave it empty for the default theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not an absolute http or https address such as https://www.example.com/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; may not have a query (?…), a fragment (#…) or a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site needs a language, such as zh-CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Language tags use a hyphen: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not a BCP 47 language tag such as zh-CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ad slot &quot;%1&quot; needs a key (such as sidebar), which templates use to place it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ad slot key &quot;%1&quot; may only hold lower-case letters a–z, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two ad slots have the key &quot;%1&quot;; keys must differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::SiteSettingsDialog</name>
    <message>
        <source>Site Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address the site is published at (http or https). Empty: pages link to each other relatively only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages&apos; language as a BCP 47 tag, such as zh-CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in default theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad Slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in default theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme loads: every template compiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Theme Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme folder cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are saved. Ad slot HTML was cleaned:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::SourceView</name>
    <message>
        <source>Apply Cleaned HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This HTML was not applied: cleaning it would drop %n character(s) or word(s) of text.</source>
        <translation>
            <numerusform>This HTML was not applied: cleaning it would drop %n character or word of text.</numerusform>
            <numerusform>This HTML was not applied: cleaning it would drop %n characters or words of text.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the HTML, or apply the cleaned version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Staging</name>
    <message>
        <source>Cannot export to %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: cannot create a folder in %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::TableDialog</name>
    <message>
        <source>First row is a &amp;header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::TagManagerDialog</name>
    <message>
        <source>Manage Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into one tag called:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of tags</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag &quot;%1&quot;? %n article(s) will lose it.</source>
        <translation>
            <numerusform>Delete the tag &quot;%1&quot;? %n article will lose it.</numerusform>
            <numerusform>Delete the tag &quot;%1&quot;? %n articles will lose it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::TagRepository</name>
    <message>
        <source>A tag cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; already exists: merge &quot;%2&quot; into it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags were chosen to merge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::TagsInputDialog</name>
    <message>
        <source>扶贫, 乡村振兴</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Taxonomy</name>
    <message>
        <source>tag renamed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags merged into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::TemplateLoader</name>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partial name (letters, digits, - and _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partial &quot;%1&quot; includes itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partial &quot;%1&quot; does not exist (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag is opened but never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section &quot;%1&quot; is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; closes a section that was never opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a set-delimiter tag is not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::TextDecoding</name>
    <message>
        <source>Some bytes are not valid %1, the character set the page declares; they were replaced by “�”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page declares the character set “%1”, which is unknown; it was read by its bytes instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page declares no character set and is not valid UTF-8; it was read as GB18030 (Chinese).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::TextReader</name>
    <message>
        <source>%1 is empty: no title, no text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Theme</name>
    <message>
        <source>The theme folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme %1 has no asset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Transitions</name>
    <message>
        <source>%1 with an edit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot change &quot;%2&quot; (%3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take over editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s account is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only its author or a chief editor may %1 it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is in the trash; restore it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is withdrawn; only a chief editor may change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is waiting for review; a chief editor can return it to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1 as approved; there is no edit to submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1, not a draft or returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1, not waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1; only approved or published articles can be withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is already in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1; only a chief editor may %2 it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a change of state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot put &quot;%2&quot; on the front page (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a chief editor may %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::UserAdmin</name>
    <message>
        <source>Cannot %1: %2 is the last active administrator, and a library always needs one. Make someone else an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts need a password: give %2 one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 as %2, with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot change your own role; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no password, and %2 accounts need one: set a password for %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s account is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong; your password was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed their own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reactivated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::UserRepository</name>
    <message>
        <source>There is no user named &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user number %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::UsersCommand</name>
    <message>
        <source>Actions: list [--json]; add NAME --role editor|chief|admin [--password-stdin]; passwd NAME [--password-stdin]; deactivate NAME; activate NAME.
Changes are made as --as USER, an administrator whose password is read from the %1 environment variable; without --as only while the library has no administrator with a password yet (a new library). A new password is one line of standard input with --password-stdin, or %1 when --as is not given. &quot;passwd NAME --as NAME&quot; changes your own password: the old one in %1, the new one on standard input. Chief editor and administrator accounts need a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: print the people as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the role, editor, chief or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new password from one line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator making the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add, passwd, deactivate or activate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person concerned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--library LIB is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to do: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add needs --role editor, chief or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role only applies to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json only applies to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --as, give the new password on standard input (--password-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has administrators with passwords: name one with --as ADMIN and give their password in the %2 environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::UsersDialog</name>
    <message>
        <source>Manage Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::VersionCompareView</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::WelcomePage</name>
    <message>
        <source>No library is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A library holds a newsroom&apos;s articles, channels, photos and people. Create a new one, open one you already have, or connect to your newsroom&apos;s shared library on its server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Workflow</name>
    <message>
        <source>&quot;%1&quot; is %2: your changes were not saved over theirs. Save a copy, or ask a chief editor to take over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning article %1 needs a comment that tells its author what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed while you reviewed it (it is at version %2; you read version %3). Nothing was %4; review it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staged: the approved version stays live until this is approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 has no version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 of article %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %n article(s) were refused.
%1</source>
        <translation>
            <numerusform>Nothing was changed: %n article was refused.
%1</numerusform>
            <numerusform>Nothing was changed: %n articles were refused.
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::WorkflowBar</name>
    <message>
        <source>&amp;Take Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the article over from the person editing it; their editor turns read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ry Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the article if nobody else is editing it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the text in this editor as a new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit for Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article and send it to a chief editor for review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ZipReader</name>
    <message>
        <source>Cannot read the zip file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 in the zip file %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ZipWriter</name>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting up the zip format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finishing it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
