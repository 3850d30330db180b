<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Newsdesk::Actions</name>
        <message>
            <source>&amp;New Library…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a new library file, empty or with the demo newsroom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open Library…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open an existing library file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Clear Recent Libraries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forget the list of recently opened libraries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the open library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit Newsdesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reload the channels and articles of the library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Article &amp;Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the details of the selected article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the interface language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Newsdesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version and licence of Newsdesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Qt version Newsdesk runs on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the articles of the library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save Current Search…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the current search and filters under a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add Tags…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add tags to the selected articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove Tags…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove tags from the selected articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Move to Channel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected articles to another channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set &amp;Flags…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set or clear flags of the selected articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Submit for Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submit the selected drafts and returned articles for review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to &amp;Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected articles to the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R&amp;estore from Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the selected articles out of the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manage &amp;Tags…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create, rename, merge and delete tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New Channel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a channel under the selected one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit Channel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename the selected channel or change its settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Move Channel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected channel elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete Channel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected channel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::ArticleBatch</name>
        <message>
            <source>No tags were given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it already has these tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it has none of these tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no channel %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is already in that channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its flags are already so</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is in the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is %1, not a draft or returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is already in the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is not in the trash</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::ArticleDetailsPane</name>
        <message>
            <source>Select an article to see its details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subtitle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publish time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chief editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keywords</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clicks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redirect URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (in the trash since %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up %1 (%2) · Down %3 (%4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 by %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <comment>separator of a list of tags</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Article details</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::ArticleFlag</name>
        <message>
            <source>Headline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Featured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scrolling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redirect</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::ArticleListView</name>
        <message>
            <source>Articles</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::ArticleRepository</name>
        <message>
            <source>The article has no title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The article "%1" has no channel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The title colour "%1" of "%2" is not a colour like #cc0000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The article "%1" is flagged as a redirect but has no redirect URL.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The article "%1" expires before it is published.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no article %1 in %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" was changed by someone else (it is at version %2; you started from version %3). Nothing was overwritten.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::ArticleStatus</name>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdrawn</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::ArticleTableModel</name>
        <message>
            <source>, </source>
            <comment>separator of a list of tags</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publish time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clicks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Match</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submit for Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore from Trash</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::ChannelActions</name>
        <message>
            <source>New Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel "%1" created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The home channel cannot be moved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move "%1" under:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Channel</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>"%1" holds %n article(s). Move them to:</source>
            <translation>
                <numerusform>"%1" holds %n article. Move it to:</numerusform>
                <numerusform>"%1" holds %n articles. Move them to:</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the empty channel "%1"?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel "%1" deleted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::ChannelDialog</name>
        <message>
            <source>The channel's folder in the published site's URLs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{channel} {yyyy} {mm} {dd} {mmdd} {id} {name}; empty for the site's default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;URL name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SEO &amp;title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SEO &amp;keywords:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SEO &amp;description:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Articles per list &amp;page:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Article UR&amp;L rule:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::ChannelPickerDialog</name>
        <message>
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::ChannelRepository</name>
        <message>
            <source>A channel needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no channel %1 in %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The URL name "%1" of channel "%2" may hold only lower-case letters, digits, - and _.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The page size of channel "%1" must be from 1 to 1000, not %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another channel at the same place already uses the URL name "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The channel or its new place no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The home channel cannot be moved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" cannot move into itself or one of its sub-channels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The home channel cannot be deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" has sub-channels: move or delete them first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" holds %2 articles: choose another channel for them.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Articles</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::CommandLine</name>
        <message>
            <source>create a library, optionally with the demo newsroom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import articles from portal pages, Markdown or text files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>export the portal site bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>search the articles of a library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>submit articles for review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>approve submitted articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>return submitted articles to their editors with a comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list or add the people of a library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open the editor (the default library when LIB is not given)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LIB is an SQLite library file or a postgresql:// URL. Run "newsdesk SUBCOMMAND --help" for the options of a subcommand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit status: 0 on success, 1 on failure, 2 on a usage error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show this help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Options:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Newsdesk %1: a desktop newsroom editor that publishes a static portal site.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the %1 subcommand is not available in this version of Newsdesk yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown subcommand "%1".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::Database</name>
        <message>
            <source>%1 is locked by another program (%2). Try again when that program has finished with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be written (%2). Check the permissions of the file and its folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is damaged (%2). Restore it from a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a Newsdesk library: it is not an SQLite database (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be written: the disk is full (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be read or written (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database error in %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::DemoLibrary</name>
        <message>
            <source>Home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My newsroom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number of demo articles must be between 0 and %1, not %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::DemoNewsroom</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::DemoText</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not valid JSON at offset %2: %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::Dialogs</name>
        <message>
            <source>Newsdesk libraries (*.%1);;SQLite databases (*.sqlite *.db);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Library</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::FilterBar</name>
        <message>
            <source>Search titles, text, tags, sources and authors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All states</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by tag, author, editor, source, flag and date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved Searches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Editor:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ource:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any flag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear every filter and the search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filters (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filters</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::FlagsDialog</name>
        <message>
            <source>Set Flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ticked flags are set and cleared ones removed on every selected article; partly ticked flags stay as they are.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::Gui</name>
        <message>
            <source>The library to open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot Open Library</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::HistoryRepository</name>
        <message>
            <source>A review comment cannot be empty.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::InitCommand</name>
        <message>
            <source>The library to create: a new file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill it with the demo newsroom.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many articles to generate for the demo newsroom (default %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unexpected argument "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--library LIB is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--articles only applies with --demo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--articles needs a whole number from 0 to %1, not "%2".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: PostgreSQL libraries are not supported by this version of Newsdesk yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generating demo articles</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Created %1 with the demo newsroom and %n generated article(s) in %2 s.</source>
            <translation>
                <numerusform>Created %1 with the demo newsroom and %n generated article in %2 s.</numerusform>
                <numerusform>Created %1 with the demo newsroom and %n generated articles in %2 s.</numerusform>
            </translation>
        </message>
        <message>
            <source>Created the empty library %1 with the administrator "%2".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::Library</name>
        <message>
            <source>%1 is an SQLite database but not a Newsdesk library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create %1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create %1: something else created that file meanwhile; it was left as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create %1: writing it to disk failed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::LibraryFile</name>
        <message>
            <source>No library file was given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is a folder, not a Newsdesk library file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be read: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is empty: it is not a Newsdesk library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a Newsdesk library: it is not an SQLite database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is read-only. Newsdesk writes to its library as you work: make the file writable, or open a writable copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be opened because its folder %2 is read-only (the library keeps its journal beside the file).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already exists; Newsdesk will not overwrite it. Choose another file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create %1: the folder %2 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create %1: the folder %2 is read-only.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::LibrarySession</name>
        <message>
            <source>Cannot create the folder %1 for the default library.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::LibraryView</name>
        <message>
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the saved search:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main Toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot Open Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot Create Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new interface language applies the next time Newsdesk starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Newsdesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Newsdesk %1

A desktop newsroom editor: write, review and publish a static portal site.

Built with Qt %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Library: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No library open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — Newsdesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Newsdesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Library Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Library</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::MediaRepository</name>
        <message>
            <source>%1 is not an image Newsdesk can read (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no image %1 in %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::Migrator</name>
        <message>
            <source>%1 has an invalid schema version "%2" in newsdesk_meta.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was written by a newer version of Newsdesk (library format %2; this version reads up to %3). Update Newsdesk to open it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::NewLibraryDialog</name>
        <message>
            <source>New Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>newsroom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Create</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new language applies the next time Newsdesk starts.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::PreviewPane</name>
        <message>
            <source>Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Render the page again with the library as it is now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No article selected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rendering…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The page could not be shown.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::PreviewService</name>
        <message>
            <source>No library is open.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::RecentLibrariesMenu</name>
        <message>
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (not found)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recent libraries</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::Renderer</name>
        <message>
            <source>"%1" has no page %2 (it has %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no channel %1 with list pages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No live article carries the tag "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no list page %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The page cannot be shown</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::Role</name>
        <message>
            <source>Editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chief editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Administrator</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::SavedSearchesMenu</name>
        <message>
            <source>Saved Searches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No saved searches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::SearchCommand</name>
        <message>
            <source>The library to search.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The most articles to list (default %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the hits as a JSON array.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rebuild the search index instead of searching.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to look for: Chinese words (扶贫), English words or their beginnings (pov), "an exact phrase". An article must contain every term.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--library LIB is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--rebuild takes no query.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a QUERY (or --rebuild) is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--limit needs a whole number from 1 to %1, not "%2".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: PostgreSQL libraries are not supported by this version of Newsdesk yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rebuilding the search index</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Rebuilt the search index of %1: %n article(s) in %2 s.</source>
            <translation>
                <numerusform>Rebuilt the search index of %1: %n article in %2 s.</numerusform>
                <numerusform>Rebuilt the search index of %1: %n articles in %2 s.</numerusform>
            </translation>
        </message>
        <message>
            <source>No articles match "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, in the trash</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::SearchIndex</name>
        <message>
            <source>The search index of %1 is damaged. Rebuild it with "newsdesk search --library %1 --rebuild".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::SiteData</name>
        <message>
            <source>The library %1 has no channels, so it has no site to show.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::SiteRepository</name>
        <message>
            <source>An ad slot needs a key.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::TagManagerDialog</name>
        <message>
            <source>Manage Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New name of "%1":</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge %1 into one tag called:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <comment>separator of a list of tags</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Delete the tag "%1"? %n article(s) will lose it.</source>
            <translation>
                <numerusform>Delete the tag "%1"? %n article will lose it.</numerusform>
                <numerusform>Delete the tag "%1"? %n articles will lose it.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete Tag</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::TagRepository</name>
        <message>
            <source>A tag cannot be empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tag no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tag "%1" already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tag "%1" already exists: merge "%2" into it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No tags were chosen to merge.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::TagsInputDialog</name>
        <message>
            <source>扶贫, 乡村振兴</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::TemplateLoader</name>
        <message>
            <source>Cannot read the template %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a partial name (letters, digits, - and _)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the partial "%1" includes itself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the partial "%1" does not exist (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, line %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a tag is opened but never closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the section "%1" is never closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" closes a section that was never opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a set-delimiter tag is not valid</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::Theme</name>
        <message>
            <source>The theme folder %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, line %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The theme %1 has no asset %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rendering %1 failed: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::UserRepository</name>
        <message>
            <source>There is no user named "%1" in %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A user needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A user named "%1" already exists in %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Newsdesk::WelcomePage</name>
        <message>
            <source>No library is open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A library holds a newsroom's articles, channels, photos and people. Create a new one, or open one you already have.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
