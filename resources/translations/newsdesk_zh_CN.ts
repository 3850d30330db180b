<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Newsdesk::Actions</name>
        <message>
            <source>&amp;New Library…</source>
            <translation>新建资料库(&amp;N)…</translation>
        </message>
        <message>
            <source>Create a new library file, empty or with the demo newsroom</source>
            <translation>新建一个资料库文件，可以是空的，也可以带演示编辑部</translation>
        </message>
        <message>
            <source>&amp;Open Library…</source>
            <translation>打开资料库(&amp;O)…</translation>
        </message>
        <message>
            <source>Open an existing library file</source>
            <translation>打开已有的资料库文件</translation>
        </message>
        <message>
            <source>&amp;Clear Recent Libraries</source>
            <translation>清空最近的资料库(&amp;C)</translation>
        </message>
        <message>
            <source>Forget the list of recently opened libraries</source>
            <translation>清空最近打开的资料库列表</translation>
        </message>
        <message>
            <source>&amp;Close Library</source>
            <translation>关闭资料库(&amp;C)</translation>
        </message>
        <message>
            <source>Close the open library</source>
            <translation>关闭当前打开的资料库</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Quit Newsdesk</source>
            <translation>退出 Newsdesk</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>Reload the channels and articles of the library</source>
            <translation>重新载入资料库的栏目和文章</translation>
        </message>
        <message>
            <source>Article &amp;Details</source>
            <translation>文章详情(&amp;D)</translation>
        </message>
        <message>
            <source>Show or hide the details of the selected article</source>
            <translation>显示或隐藏所选文章的详情</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>首选项(&amp;P)…</translation>
        </message>
        <message>
            <source>Change the interface language</source>
            <translation>更改界面语言</translation>
        </message>
        <message>
            <source>&amp;About Newsdesk</source>
            <translation>关于 Newsdesk(&amp;A)</translation>
        </message>
        <message>
            <source>Version and licence of Newsdesk</source>
            <translation>Newsdesk 的版本和许可证</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>关于 Qt(&amp;Q)</translation>
        </message>
        <message>
            <source>The Qt version Newsdesk runs on</source>
            <translation>Newsdesk 所用的 Qt 版本</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>查找(&amp;F)…</translation>
        </message>
        <message>
            <source>Search the articles of the library</source>
            <translation>搜索资料库中的文章</translation>
        </message>
        <message>
            <source>&amp;Save Current Search…</source>
            <translation>保存当前搜索(&amp;S)…</translation>
        </message>
        <message>
            <source>Keep the current search and filters under a name</source>
            <translation>把当前的搜索和筛选条件保存为一个名称</translation>
        </message>
        <message>
            <source>&amp;Add Tags…</source>
            <translation>添加标签(&amp;A)…</translation>
        </message>
        <message>
            <source>Add tags to the selected articles</source>
            <translation>为所选文章添加标签</translation>
        </message>
        <message>
            <source>&amp;Remove Tags…</source>
            <translation>移除标签(&amp;R)…</translation>
        </message>
        <message>
            <source>Remove tags from the selected articles</source>
            <translation>从所选文章移除标签</translation>
        </message>
        <message>
            <source>&amp;Move to Channel…</source>
            <translation>移动到栏目(&amp;M)…</translation>
        </message>
        <message>
            <source>Move the selected articles to another channel</source>
            <translation>把所选文章移动到其他栏目</translation>
        </message>
        <message>
            <source>Set &amp;Flags…</source>
            <translation>设置属性(&amp;F)…</translation>
        </message>
        <message>
            <source>Set or clear flags of the selected articles</source>
            <translation>设置或清除所选文章的属性</translation>
        </message>
        <message>
            <source>&amp;Submit for Review</source>
            <translation>提交审核(&amp;S)</translation>
        </message>
        <message>
            <source>Submit the selected drafts and returned articles for review</source>
            <translation>把所选的草稿和退回稿件提交审核</translation>
        </message>
        <message>
            <source>Move to &amp;Trash</source>
            <translation>移到回收站(&amp;T)</translation>
        </message>
        <message>
            <source>Move the selected articles to the trash</source>
            <translation>把所选文章移到回收站</translation>
        </message>
        <message>
            <source>R&amp;estore from Trash</source>
            <translation>从回收站还原(&amp;E)</translation>
        </message>
        <message>
            <source>Take the selected articles out of the trash</source>
            <translation>把所选文章从回收站还原</translation>
        </message>
        <message>
            <source>Manage &amp;Tags…</source>
            <translation>管理标签(&amp;T)…</translation>
        </message>
        <message>
            <source>Create, rename, merge and delete tags</source>
            <translation>新建、重命名、合并和删除标签</translation>
        </message>
        <message>
            <source>&amp;New Channel…</source>
            <translation>新建栏目(&amp;N)…</translation>
        </message>
        <message>
            <source>Create a channel under the selected one</source>
            <translation>在所选栏目下新建栏目</translation>
        </message>
        <message>
            <source>&amp;Edit Channel…</source>
            <translation>编辑栏目(&amp;E)…</translation>
        </message>
        <message>
            <source>Rename the selected channel or change its settings</source>
            <translation>重命名所选栏目或修改其设置</translation>
        </message>
        <message>
            <source>&amp;Move Channel…</source>
            <translation>移动栏目(&amp;M)…</translation>
        </message>
        <message>
            <source>Move the selected channel elsewhere</source>
            <translation>把所选栏目移到别处</translation>
        </message>
        <message>
            <source>&amp;Delete Channel…</source>
            <translation>删除栏目(&amp;D)…</translation>
        </message>
        <message>
            <source>Delete the selected channel</source>
            <translation>删除所选栏目</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::ArticleBatch</name>
        <message>
            <source>No tags were given.</source>
            <translation>没有给出标签。</translation>
        </message>
        <message>
            <source>it already has these tags</source>
            <translation>已有这些标签</translation>
        </message>
        <message>
            <source>it has none of these tags</source>
            <translation>没有这些标签</translation>
        </message>
        <message>
            <source>There is no channel %1.</source>
            <translation>没有编号为 %1 的栏目。</translation>
        </message>
        <message>
            <source>it is already in that channel</source>
            <translation>已在该栏目中</translation>
        </message>
        <message>
            <source>its flags are already so</source>
            <translation>属性已是如此</translation>
        </message>
        <message>
            <source>it is in the trash</source>
            <translation>在回收站中</translation>
        </message>
        <message>
            <source>it is %1, not a draft or returned</source>
            <translation>状态为%1，不是草稿或退回稿件</translation>
        </message>
        <message>
            <source>it is already in the trash</source>
            <translation>已在回收站中</translation>
        </message>
        <message>
            <source>it is not in the trash</source>
            <translation>不在回收站中</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::ArticleDetailsPane</name>
        <message>
            <source>Select an article to see its details.</source>
            <translation>选择一篇文章以查看详情。</translation>
        </message>
        <message>
            <source>Short title</source>
            <translation>简略标题</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>副标题</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>栏目</translation>
        </message>
        <message>
            <source>Also in</source>
            <translation>副栏目</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>属性</translation>
        </message>
        <message>
            <source>Publish time</source>
            <translation>发布时间</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>过期时间</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>作者</translation>
        </message>
        <message>
            <source>Editor</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Chief editor</source>
            <translation>责任编辑</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Keywords</source>
            <translation>关键词</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <source>Clicks</source>
            <translation>点击</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>顶踩</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>自定义文件名</translation>
        </message>
        <message>
            <source>Redirect URL</source>
            <translation>跳转网址</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>更新时间</translation>
        </message>
        <message>
            <source>%1 (in the trash since %2)</source>
            <translation>%1（%2 起在回收站中）</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <source>Up %1 (%2) · Down %3 (%4)</source>
            <translation>顶 %1（%2）· 踩 %3（%4）</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>, </source>
            <comment>separator of a list of tags</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>Article details</source>
            <translation>文章详情</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::ArticleFlag</name>
        <message>
            <source>Headline</source>
            <translation>头条</translation>
        </message>
        <message>
            <source>Recommended</source>
            <translation>推荐</translation>
        </message>
        <message>
            <source>Slide</source>
            <translation>幻灯</translation>
        </message>
        <message>
            <source>Featured</source>
            <translation>特荐</translation>
        </message>
        <message>
            <source>Scrolling</source>
            <translation>滚动</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>加粗</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>图片</translation>
        </message>
        <message>
            <source>Redirect</source>
            <translation>跳转</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::ArticleListView</name>
        <message>
            <source>Articles</source>
            <translation>文章</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::ArticleRepository</name>
        <message>
            <source>The article has no title.</source>
            <translation>文章没有标题。</translation>
        </message>
        <message>
            <source>The article "%1" has no channel.</source>
            <translation>文章“%1”没有栏目。</translation>
        </message>
        <message>
            <source>The title colour "%1" of "%2" is not a colour like #cc0000.</source>
            <translation>“%2”的标题颜色“%1”不是 #cc0000 这样的颜色。</translation>
        </message>
        <message>
            <source>The article "%1" is flagged as a redirect but has no redirect URL.</source>
            <translation>文章“%1”标记为跳转，但没有跳转网址。</translation>
        </message>
        <message>
            <source>The article "%1" expires before it is published.</source>
            <translation>文章“%1”的过期时间早于发布时间。</translation>
        </message>
        <message>
            <source>There is no article %1 in %2.</source>
            <translation>%2 中没有编号为 %1 的文章。</translation>
        </message>
        <message>
            <source>"%1" was changed by someone else (it is at version %2; you started from version %3). Nothing was overwritten.</source>
            <translation>“%1”已被他人修改（当前为第 %2 版；你是从第 %3 版开始编辑的）。没有覆盖任何内容。</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::ArticleStatus</name>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>待审</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>退回</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已审</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>已发布</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>撤稿</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::ArticleTableModel</name>
        <message>
            <source>, </source>
            <comment>separator of a list of tags</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>栏目</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>作者</translation>
        </message>
        <message>
            <source>Editor</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>属性</translation>
        </message>
        <message>
            <source>Publish time</source>
            <translation>发布时间</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>更新时间</translation>
        </message>
        <message>
            <source>Clicks</source>
            <translation>点击</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>匹配</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::BulkActions</name>
        <message numerus="yes">
            <source>%1: %n article(s) changed</source>
            <translation>
                <numerusform>%1：已修改 %n 篇文章</numerusform>
            </translation>
        </message>
        <message>
            <source>Article %1: %2</source>
            <translation>文章 %1：%2</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>……还有 %n 篇</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) left as they were</source>
            <translation>
                <numerusform>%n 篇文章保持不变</numerusform>
            </translation>
        </message>
        <message>
            <source>Add Tags</source>
            <translation>添加标签</translation>
        </message>
        <message numerus="yes">
            <source>Tags to add to %n article(s), separated by commas:</source>
            <translation>
                <numerusform>要添加到 %n 篇文章的标签，用逗号分隔：</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove Tags</source>
            <translation>移除标签</translation>
        </message>
        <message numerus="yes">
            <source>Tags to remove from %n article(s), separated by commas:</source>
            <translation>
                <numerusform>要从 %n 篇文章移除的标签，用逗号分隔：</numerusform>
            </translation>
        </message>
        <message>
            <source>Move to Channel</source>
            <translation>移动到栏目</translation>
        </message>
        <message numerus="yes">
            <source>Move %n article(s) to:</source>
            <translation>
                <numerusform>把 %n 篇文章移动到：</numerusform>
            </translation>
        </message>
        <message>
            <source>Set Flags</source>
            <translation>设置属性</translation>
        </message>
        <message>
            <source>Submit for Review</source>
            <translation>提交审核</translation>
        </message>
        <message>
            <source>Move to Trash</source>
            <translation>移到回收站</translation>
        </message>
        <message>
            <source>Restore from Trash</source>
            <translation>从回收站还原</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::ChannelActions</name>
        <message>
            <source>New Channel</source>
            <translation>新建栏目</translation>
        </message>
        <message>
            <source>Channel "%1" created.</source>
            <translation>已新建栏目“%1”。</translation>
        </message>
        <message>
            <source>Edit Channel</source>
            <translation>编辑栏目</translation>
        </message>
        <message>
            <source>Move Channel</source>
            <translation>移动栏目</translation>
        </message>
        <message>
            <source>The home channel cannot be moved.</source>
            <translation>首页栏目不能移动。</translation>
        </message>
        <message>
            <source>Move "%1" under:</source>
            <translation>把“%1”移到：</translation>
        </message>
        <message>
            <source>Delete Channel</source>
            <translation>删除栏目</translation>
        </message>
        <message numerus="yes">
            <source>"%1" holds %n article(s). Move them to:</source>
            <translation>
                <numerusform>“%1”中有 %n 篇文章。把它们移动到：</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the empty channel "%1"?</source>
            <translation>删除空栏目“%1”吗？</translation>
        </message>
        <message>
            <source>Channel "%1" deleted.</source>
            <translation>已删除栏目“%1”。</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::ChannelDialog</name>
        <message>
            <source>The channel's folder in the published site's URLs</source>
            <translation>栏目在发布站点网址中的目录名</translation>
        </message>
        <message>
            <source>{channel} {yyyy} {mm} {dd} {mmdd} {id} {name}; empty for the site's default</source>
            <translation>{channel} {yyyy} {mm} {dd} {mmdd} {id} {name}；留空则使用站点默认规则</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;URL name:</source>
            <translation>网址目录名(&amp;U)：</translation>
        </message>
        <message>
            <source>SEO &amp;title:</source>
            <translation>SEO 标题(&amp;T)：</translation>
        </message>
        <message>
            <source>SEO &amp;keywords:</source>
            <translation>SEO 关键词(&amp;K)：</translation>
        </message>
        <message>
            <source>SEO &amp;description:</source>
            <translation>SEO 描述(&amp;D)：</translation>
        </message>
        <message>
            <source>Articles per list &amp;page:</source>
            <translation>列表每页文章数(&amp;P)：</translation>
        </message>
        <message>
            <source>Article UR&amp;L rule:</source>
            <translation>文章网址规则(&amp;L)：</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::ChannelPickerDialog</name>
        <message>
            <source>Channels</source>
            <translation>栏目</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::ChannelRepository</name>
        <message>
            <source>A channel needs a name.</source>
            <translation>栏目需要名称。</translation>
        </message>
        <message>
            <source>There is no channel %1 in %2.</source>
            <translation>%2 中没有编号为 %1 的栏目。</translation>
        </message>
        <message>
            <source>The URL name "%1" of channel "%2" may hold only lower-case letters, digits, - and _.</source>
            <translation>栏目“%2”的网址目录名“%1”只能包含小写字母、数字、- 和 _。</translation>
        </message>
        <message>
            <source>The page size of channel "%1" must be from 1 to 1000, not %2.</source>
            <translation>栏目“%1”的每页文章数必须在 1 到 1000 之间，而不是 %2。</translation>
        </message>
        <message>
            <source>Another channel at the same place already uses the URL name "%1".</source>
            <translation>同一位置的另一个栏目已在使用网址目录名“%1”。</translation>
        </message>
        <message>
            <source>The channel or its new place no longer exists.</source>
            <translation>该栏目或其新位置已不存在。</translation>
        </message>
        <message>
            <source>The home channel cannot be moved.</source>
            <translation>首页栏目不能移动。</translation>
        </message>
        <message>
            <source>"%1" cannot move into itself or one of its sub-channels.</source>
            <translation>“%1”不能移到自身或其子栏目中。</translation>
        </message>
        <message>
            <source>The home channel cannot be deleted.</source>
            <translation>首页栏目不能删除。</translation>
        </message>
        <message>
            <source>"%1" has sub-channels: move or delete them first.</source>
            <translation>“%1”有子栏目：请先移动或删除子栏目。</translation>
        </message>
        <message>
            <source>"%1" holds %2 articles: choose another channel for them.</source>
            <translation>“%1”中有 %2 篇文章：请为这些文章选择另一个栏目。</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::ChannelTreeModel</name>
        <message numerus="yes">
            <source>%1: %n article(s), %2 including sub-channels</source>
            <translation>
                <numerusform>%1：%n 篇文章，含子栏目共 %2 篇</numerusform>
            </translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>栏目</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>文章</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::CommandLine</name>
        <message>
            <source>create a library, optionally with the demo newsroom</source>
            <translation>新建资料库，可选附带演示编辑部</translation>
        </message>
        <message>
            <source>import articles from portal pages, Markdown or text files</source>
            <translation>从门户网页、Markdown 或文本文件导入文章</translation>
        </message>
        <message>
            <source>export the portal site bundle</source>
            <translation>导出门户站点包</translation>
        </message>
        <message>
            <source>search the articles of a library</source>
            <translation>搜索资料库中的文章</translation>
        </message>
        <message>
            <source>submit articles for review</source>
            <translation>提交文章送审</translation>
        </message>
        <message>
            <source>approve submitted articles</source>
            <translation>审核通过待审文章</translation>
        </message>
        <message>
            <source>return submitted articles to their editors with a comment</source>
            <translation>附意见将待审文章退回给编辑</translation>
        </message>
        <message>
            <source>list or add the people of a library</source>
            <translation>列出或添加资料库的用户</translation>
        </message>
        <message>
            <source>Usage:</source>
            <translation>用法：</translation>
        </message>
        <message>
            <source>open the editor (the default library when LIB is not given)</source>
            <translation>打开编辑器（未指定 LIB 时打开默认资料库）</translation>
        </message>
        <message>
            <source>LIB is an SQLite library file or a postgresql:// URL. Run "newsdesk SUBCOMMAND --help" for the options of a subcommand.</source>
            <translation>LIB 是 SQLite 资料库文件或 postgresql:// 网址。运行“newsdesk 子命令 --help”查看子命令的选项。</translation>
        </message>
        <message>
            <source>Exit status: 0 on success, 1 on failure, 2 on a usage error.</source>
            <translation>退出状态：成功为 0，失败为 1，用法错误为 2。</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>显示此帮助。</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>选项：</translation>
        </message>
        <message>
            <source>Newsdesk %1: a desktop newsroom editor that publishes a static portal site.</source>
            <translation>Newsdesk %1：发布静态门户站点的桌面新闻编辑器。</translation>
        </message>
        <message>
            <source>the %1 subcommand is not available in this version of Newsdesk yet.</source>
            <translation>此版本的 Newsdesk 尚不支持 %1 子命令。</translation>
        </message>
        <message>
            <source>unknown subcommand "%1".</source>
            <translation>未知的子命令“%1”。</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::Database</name>
        <message>
            <source>%1 is locked by another program (%2). Try again when that program has finished with it.</source>
            <translation>%1 被其他程序锁定（%2）。请等该程序用完后再试。</translation>
        </message>
        <message>
            <source>%1 cannot be written (%2). Check the permissions of the file and its folder.</source>
            <translation>无法写入 %1（%2）。请检查该文件及其所在文件夹的权限。</translation>
        </message>
        <message>
            <source>%1 is damaged (%2). Restore it from a backup.</source>
            <translation>%1 已损坏（%2）。请从备份中恢复。</translation>
        </message>
        <message>
            <source>%1 is not a Newsdesk library: it is not an SQLite database (%2).</source>
            <translation>%1 不是 Newsdesk 资料库：它不是 SQLite 数据库（%2）。</translation>
        </message>
        <message>
            <source>%1 cannot be written: the disk is full (%2).</source>
            <translation>无法写入 %1：磁盘已满（%2）。</translation>
        </message>
        <message>
            <source>%1 cannot be read or written (%2).</source>
            <translation>无法读写 %1（%2）。</translation>
        </message>
        <message>
            <source>Database error in %1: %2</source>
            <translation>%1 出现数据库错误：%2</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::DemoLibrary</name>
        <message>
            <source>Home</source>
            <translation>首页</translation>
        </message>
        <message>
            <source>My newsroom</source>
            <translation>我的编辑部</translation>
        </message>
        <message>
            <source>The number of demo articles must be between 0 and %1, not %2.</source>
            <translation>演示文章数量必须在 0 到 %1 之间，而不是 %2。</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::DemoNewsroom</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::DemoText</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>%1 is not valid JSON at offset %2: %3</source>
            <translation>%1 在偏移 %2 处不是有效的 JSON：%3</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::Dialogs</name>
        <message>
            <source>Newsdesk libraries (*.%1);;SQLite databases (*.sqlite *.db);;All files (*)</source>
            <translation>Newsdesk 资料库 (*.%1);;SQLite 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Open Library</source>
            <translation>打开资料库</translation>
        </message>
        <message>
            <source>New Library</source>
            <translation>新建资料库</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::FilterBar</name>
        <message>
            <source>Search titles, text, tags, sources and authors</source>
            <translation>搜索标题、正文、标签、来源和作者</translation>
        </message>
        <message>
            <source>Search articles</source>
            <translation>搜索文章</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>回收站</translation>
        </message>
        <message>
            <source>Filter by tag, author, editor, source, flag and date</source>
            <translation>按标签、作者、编辑、来源、属性和日期筛选</translation>
        </message>
        <message>
            <source>Saved Searches</source>
            <translation>已保存的搜索</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>作者</translation>
        </message>
        <message>
            <source>Editor</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation>标签(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation>作者(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Editor:</source>
            <translation>编辑(&amp;E)：</translation>
        </message>
        <message>
            <source>S&amp;ource:</source>
            <translation>来源(&amp;O)：</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>属性</translation>
        </message>
        <message>
            <source>Any flag</source>
            <translation>任意属性</translation>
        </message>
        <message>
            <source>&amp;Published</source>
            <translation>发布日期(&amp;P)</translation>
        </message>
        <message>
            <source>Published from</source>
            <translation>发布日期从</translation>
        </message>
        <message>
            <source>Published until</source>
            <translation>发布日期至</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Clear every filter and the search</source>
            <translation>清除所有筛选条件和搜索</translation>
        </message>
        <message>
            <source>any</source>
            <translation>任意</translation>
        </message>
        <message>
            <source>Filters (%1)</source>
            <translation>筛选（%1）</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>筛选</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::FlagsDialog</name>
        <message>
            <source>Set Flags</source>
            <translation>设置属性</translation>
        </message>
        <message>
            <source>Ticked flags are set and cleared ones removed on every selected article; partly ticked flags stay as they are.</source>
            <translation>勾选的属性将设置到每篇所选文章上，未勾选的将被清除；半勾选的属性保持不变。</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::Gui</name>
        <message>
            <source>The library to open.</source>
            <translation>要打开的资料库。</translation>
        </message>
        <message>
            <source>Cannot Open Library</source>
            <translation>无法打开资料库</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::HistoryRepository</name>
        <message>
            <source>A review comment cannot be empty.</source>
            <translation>审稿意见不能为空。</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::InitCommand</name>
        <message>
            <source>The library to create: a new file.</source>
            <translation>要新建的资料库：一个新文件。</translation>
        </message>
        <message>
            <source>Fill it with the demo newsroom.</source>
            <translation>填入演示编辑部的内容。</translation>
        </message>
        <message>
            <source>How many articles to generate for the demo newsroom (default %1).</source>
            <translation>为演示编辑部生成的文章数量（默认 %1）。</translation>
        </message>
        <message>
            <source>unexpected argument "%1".</source>
            <translation>多余的参数“%1”。</translation>
        </message>
        <message>
            <source>--library LIB is required.</source>
            <translation>必须指定 --library LIB。</translation>
        </message>
        <message>
            <source>--articles only applies with --demo.</source>
            <translation>--articles 只能与 --demo 一起使用。</translation>
        </message>
        <message>
            <source>--articles needs a whole number from 0 to %1, not "%2".</source>
            <translation>--articles 需要 0 到 %1 之间的整数，而不是“%2”。</translation>
        </message>
        <message>
            <source>%1: PostgreSQL libraries are not supported by this version of Newsdesk yet.</source>
            <translation>%1：此版本的 Newsdesk 尚不支持 PostgreSQL 资料库。</translation>
        </message>
        <message>
            <source>Generating demo articles</source>
            <translation>正在生成演示文章</translation>
        </message>
        <message numerus="yes">
            <source>Created %1 with the demo newsroom and %n generated article(s) in %2 s.</source>
            <translation>
                <numerusform>已新建 %1，含演示编辑部和 %n 篇生成的文章，用时 %2 秒。</numerusform>
            </translation>
        </message>
        <message>
            <source>Created the empty library %1 with the administrator "%2".</source>
            <translation>已新建空资料库 %1，管理员为“%2”。</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::Library</name>
        <message>
            <source>%1 is an SQLite database but not a Newsdesk library.</source>
            <translation>%1 是 SQLite 数据库，但不是 Newsdesk 资料库。</translation>
        </message>
        <message>
            <source>Cannot create %1: %2.</source>
            <translation>无法新建 %1：%2。</translation>
        </message>
        <message>
            <source>Cannot create %1: something else created that file meanwhile; it was left as it is.</source>
            <translation>无法新建 %1：在此期间已有其他程序创建了该文件；该文件保持原样。</translation>
        </message>
        <message>
            <source>Cannot create %1: writing it to disk failed.</source>
            <translation>无法新建 %1：写入磁盘失败。</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::LibraryFile</name>
        <message>
            <source>No library file was given.</source>
            <translation>未指定资料库文件。</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 不存在。</translation>
        </message>
        <message>
            <source>%1 is a folder, not a Newsdesk library file.</source>
            <translation>%1 是文件夹，不是 Newsdesk 资料库文件。</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2.</source>
            <translation>无法读取 %1：%2。</translation>
        </message>
        <message>
            <source>%1 is empty: it is not a Newsdesk library.</source>
            <translation>%1 是空文件，不是 Newsdesk 资料库。</translation>
        </message>
        <message>
            <source>%1 is not a Newsdesk library: it is not an SQLite database.</source>
            <translation>%1 不是 Newsdesk 资料库：它不是 SQLite 数据库。</translation>
        </message>
        <message>
            <source>%1 is read-only. Newsdesk writes to its library as you work: make the file writable, or open a writable copy.</source>
            <translation>%1 是只读的。Newsdesk 在工作时需要写入资料库：请让该文件可写，或打开一个可写的副本。</translation>
        </message>
        <message>
            <source>%1 cannot be opened because its folder %2 is read-only (the library keeps its journal beside the file).</source>
            <translation>无法打开 %1，因为它所在的文件夹 %2 是只读的（资料库需要在文件旁边保存日志）。</translation>
        </message>
        <message>
            <source>%1 already exists; Newsdesk will not overwrite it. Choose another file name.</source>
            <translation>%1 已存在；Newsdesk 不会覆盖它。请另选一个文件名。</translation>
        </message>
        <message>
            <source>Cannot create %1: the folder %2 does not exist.</source>
            <translation>无法新建 %1：文件夹 %2 不存在。</translation>
        </message>
        <message>
            <source>Cannot create %1: the folder %2 is read-only.</source>
            <translation>无法新建 %1：文件夹 %2 是只读的。</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::LibrarySession</name>
        <message>
            <source>Cannot create the folder %1 for the default library.</source>
            <translation>无法为默认资料库创建文件夹 %1。</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::LibraryView</name>
        <message>
            <source>Channels</source>
            <translation>栏目</translation>
        </message>
        <message>
            <source>Save Search</source>
            <translation>保存搜索</translation>
        </message>
        <message>
            <source>Name of the saved search:</source>
            <translation>已保存搜索的名称：</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::MainWindow</name>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n 篇文章</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Main Toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>Cannot Open Library</source>
            <translation>无法打开资料库</translation>
        </message>
        <message>
            <source>Cannot Create Library</source>
            <translation>无法新建资料库</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <source>The new interface language applies the next time Newsdesk starts.</source>
            <translation>新的界面语言将在下次启动 Newsdesk 时生效。</translation>
        </message>
        <message>
            <source>About Newsdesk</source>
            <translation>关于 Newsdesk</translation>
        </message>
        <message>
            <source>Newsdesk %1

A desktop newsroom editor: write, review and publish a static portal site.

Built with Qt %2.</source>
            <translation>Newsdesk %1

桌面新闻编辑器：撰写、审核并发布静态门户站点。

基于 Qt %2 构建。</translation>
        </message>
        <message>
            <source>Library: %1</source>
            <translation>资料库：%1</translation>
        </message>
        <message>
            <source>No library open</source>
            <translation>未打开资料库</translation>
        </message>
        <message>
            <source>%1 — Newsdesk</source>
            <translation>%1 — Newsdesk</translation>
        </message>
        <message>
            <source>Newsdesk</source>
            <translation>Newsdesk</translation>
        </message>
        <message>
            <source>User: %1 (%2)</source>
            <translation>用户：%1（%2）</translation>
        </message>
        <message>
            <source>Library Error</source>
            <translation>资料库错误</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>文章(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Library</source>
            <translation>资料库(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::MediaRepository</name>
        <message>
            <source>%1 is not an image Newsdesk can read (%2).</source>
            <translation>%1 不是 Newsdesk 能读取的图片（%2）。</translation>
        </message>
        <message>
            <source>There is no image %1 in %2.</source>
            <translation>%2 中没有编号为 %1 的图片。</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::Migrator</name>
        <message>
            <source>%1 has an invalid schema version "%2" in newsdesk_meta.</source>
            <translation>%1 的 newsdesk_meta 中的格式版本“%2”无效。</translation>
        </message>
        <message>
            <source>%1 was written by a newer version of Newsdesk (library format %2; this version reads up to %3). Update Newsdesk to open it.</source>
            <translation>%1 由更新版本的 Newsdesk 写入（资料库格式 %2；此版本最高只能读取 %3）。请升级 Newsdesk 后再打开。</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::NewLibraryDialog</name>
        <message>
            <source>New Library</source>
            <translation>新建资料库</translation>
        </message>
        <message>
            <source>newsroom</source>
            <translation>编辑部</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message numerus="yes">
            <source>Fill it with the &amp;demo newsroom (老辰光, with %n generated articles)</source>
            <translation>
                <numerusform>填入演示编辑部(&amp;D)（老辰光，含 %n 篇生成的文章）</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>文件(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>新建(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>界面语言(&amp;I)：</translation>
        </message>
        <message>
            <source>A new language applies the next time Newsdesk starts.</source>
            <translation>更改语言后将在下次启动 Newsdesk 时生效。</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::PreviewPane</name>
        <message>
            <source>Article</source>
            <translation>文章</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>栏目</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>首页</translation>
        </message>
        <message>
            <source>Desktop</source>
            <translation>桌面</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>重新生成</translation>
        </message>
        <message>
            <source>Render the page again with the library as it is now</source>
            <translation>按资料库的当前内容重新生成页面</translation>
        </message>
        <message>
            <source>Page preview</source>
            <translation>页面预览</translation>
        </message>
        <message>
            <source>No article selected.</source>
            <translation>未选择文章。</translation>
        </message>
        <message>
            <source>Rendering…</source>
            <translation>正在生成…</translation>
        </message>
        <message>
            <source>The page could not be shown.</source>
            <translation>无法显示该页面。</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::PreviewService</name>
        <message>
            <source>No library is open.</source>
            <translation>没有打开的资料库。</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::RecentLibrariesMenu</name>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>%1 (not found)</source>
            <translation>%1（找不到）</translation>
        </message>
        <message>
            <source>No recent libraries</source>
            <translation>没有最近的资料库</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::Renderer</name>
        <message>
            <source>"%1" has no page %2 (it has %3).</source>
            <translation>“%1”没有第 %2 页（共 %3 页）。</translation>
        </message>
        <message>
            <source>There is no channel %1 with list pages.</source>
            <translation>没有带列表页的栏目 %1。</translation>
        </message>
        <message>
            <source>No live article carries the tag "%1".</source>
            <translation>没有已上线的文章带有标签“%1”。</translation>
        </message>
        <message>
            <source>There is no list page %1.</source>
            <translation>没有第 %1 个列表页。</translation>
        </message>
        <message>
            <source>The page cannot be shown</source>
            <translation>无法显示此页面</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::Role</name>
        <message>
            <source>Editor</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Chief editor</source>
            <translation>责任编辑</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::SanitizerReport</name>
        <message numerus="yes">
            <source>%n script(s)</source>
            <translation>
                <numerusform>%n 个脚本</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event handler(s)</source>
            <translation>
                <numerusform>%n 个事件处理程序</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unsafe link(s) or address(es)</source>
            <translation>
                <numerusform>%n 个不安全的链接或地址</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n embedded frame(s) or object(s)</source>
            <translation>
                <numerusform>%n 个嵌入的框架或对象</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n form control(s)</source>
            <translation>
                <numerusform>%n 个表单控件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n style sheet(s)</source>
            <translation>
                <numerusform>%n 个样式表</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n style attribute(s)</source>
            <translation>
                <numerusform>%n 个样式属性</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other element(s)</source>
            <translation>
                <numerusform>%n 个其他元素</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n embedded image(s)</source>
            <translation>
                <numerusform>%n 张内嵌图片</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n image(s) with a relative address</source>
            <translation>
                <numerusform>%n 张相对地址的图片</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n image(s) from local files</source>
            <translation>
                <numerusform>%n 张本地文件图片</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1和 %2</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Removed %1.</source>
            <translation>已移除 %1。</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::SavedSearchesMenu</name>
        <message>
            <source>Saved Searches</source>
            <translation>已保存的搜索</translation>
        </message>
        <message>
            <source>No saved searches</source>
            <translation>没有已保存的搜索</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::SearchCommand</name>
        <message>
            <source>The library to search.</source>
            <translation>要搜索的资料库。</translation>
        </message>
        <message>
            <source>The most articles to list (default %1).</source>
            <translation>最多列出的文章数（默认 %1）。</translation>
        </message>
        <message>
            <source>Print the hits as a JSON array.</source>
            <translation>以 JSON 数组输出结果。</translation>
        </message>
        <message>
            <source>Rebuild the search index instead of searching.</source>
            <translation>重建搜索索引，而不是搜索。</translation>
        </message>
        <message>
            <source>What to look for: Chinese words (扶贫), English words or their beginnings (pov), "an exact phrase". An article must contain every term.</source>
            <translation>要查找的内容：中文词语（扶贫）、英文单词或其开头（pov）、“完整短语”。文章须包含所有检索词。</translation>
        </message>
        <message>
            <source>--library LIB is required.</source>
            <translation>必须指定 --library LIB。</translation>
        </message>
        <message>
            <source>--rebuild takes no query.</source>
            <translation>--rebuild 不接受检索词。</translation>
        </message>
        <message>
            <source>a QUERY (or --rebuild) is required.</source>
            <translation>必须给出检索词 QUERY（或 --rebuild）。</translation>
        </message>
        <message>
            <source>--limit needs a whole number from 1 to %1, not "%2".</source>
            <translation>--limit 需要 1 到 %1 之间的整数，而不是“%2”。</translation>
        </message>
        <message>
            <source>%1: PostgreSQL libraries are not supported by this version of Newsdesk yet.</source>
            <translation>%1：此版本的 Newsdesk 尚不支持 PostgreSQL 资料库。</translation>
        </message>
        <message>
            <source>Rebuilding the search index</source>
            <translation>正在重建搜索索引</translation>
        </message>
        <message numerus="yes">
            <source>Rebuilt the search index of %1: %n article(s) in %2 s.</source>
            <translation>
                <numerusform>已重建 %1 的搜索索引：%n 篇文章，用时 %2 秒。</numerusform>
            </translation>
        </message>
        <message>
            <source>No articles match "%1".</source>
            <translation>没有文章匹配“%1”。</translation>
        </message>
        <message>
            <source>%1, in the trash</source>
            <translation>%1（回收站）</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::SearchIndex</name>
        <message>
            <source>The search index of %1 is damaged. Rebuild it with "newsdesk search --library %1 --rebuild".</source>
            <translation>%1 的搜索索引已损坏。请运行“newsdesk search --library %1 --rebuild”重建。</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::SiteData</name>
        <message>
            <source>The library %1 has no channels, so it has no site to show.</source>
            <translation>资料库 %1 没有任何栏目，因此没有可显示的网站。</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::SiteRepository</name>
        <message>
            <source>An ad slot needs a key.</source>
            <translation>广告位需要标识。</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::TagManagerDialog</name>
        <message>
            <source>Manage Tags</source>
            <translation>管理标签</translation>
        </message>
        <message>
            <source>Find a tag</source>
            <translation>查找标签</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>文章</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>新建(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>重命名(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>合并(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <source>New Tag</source>
            <translation>新建标签</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>标签：</translation>
        </message>
        <message>
            <source>Rename Tag</source>
            <translation>重命名标签</translation>
        </message>
        <message>
            <source>New name of "%1":</source>
            <translation>“%1”的新名称：</translation>
        </message>
        <message>
            <source>Merge Tags</source>
            <translation>合并标签</translation>
        </message>
        <message>
            <source>Merge %1 into one tag called:</source>
            <translation>把 %1 合并为一个标签，名称为：</translation>
        </message>
        <message>
            <source>, </source>
            <comment>separator of a list of tags</comment>
            <translation>、</translation>
        </message>
        <message numerus="yes">
            <source>Delete the tag "%1"? %n article(s) will lose it.</source>
            <translation>
                <numerusform>删除标签“%1”吗？%n 篇文章将失去该标签。</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete Tag</source>
            <translation>删除标签</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::TagRepository</name>
        <message>
            <source>A tag cannot be empty.</source>
            <translation>标签不能为空。</translation>
        </message>
        <message>
            <source>The tag no longer exists.</source>
            <translation>该标签已不存在。</translation>
        </message>
        <message>
            <source>The tag "%1" already exists.</source>
            <translation>标签“%1”已存在。</translation>
        </message>
        <message>
            <source>The tag "%1" already exists: merge "%2" into it instead.</source>
            <translation>标签“%1”已存在：请改为把“%2”合并到其中。</translation>
        </message>
        <message>
            <source>No tags were chosen to merge.</source>
            <translation>没有选择要合并的标签。</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::TagsInputDialog</name>
        <message>
            <source>扶贫, 乡村振兴</source>
            <translation>扶贫, 乡村振兴</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::TemplateLoader</name>
        <message>
            <source>Cannot read the template %1: %2</source>
            <translation>无法读取模板 %1：%2</translation>
        </message>
        <message>
            <source>"%1" is not a partial name (letters, digits, - and _)</source>
            <translation>“%1”不是有效的子模板名称（只能使用字母、数字、- 和 _）</translation>
        </message>
        <message>
            <source>the partial "%1" includes itself</source>
            <translation>子模板“%1”包含了它自己</translation>
        </message>
        <message>
            <source>the partial "%1" does not exist (%2)</source>
            <translation>子模板“%1”不存在（%2）</translation>
        </message>
        <message>
            <source>%1, line %2: %3</source>
            <translation>%1，第 %2 行：%3</translation>
        </message>
        <message>
            <source>a tag is opened but never closed</source>
            <translation>标签打开后没有关闭</translation>
        </message>
        <message>
            <source>the section "%1" is never closed</source>
            <translation>区块“%1”没有关闭</translation>
        </message>
        <message>
            <source>"%1" closes a section that was never opened</source>
            <translation>“%1”关闭了一个没有打开过的区块</translation>
        </message>
        <message>
            <source>a set-delimiter tag is not valid</source>
            <translation>设置分隔符的标签无效</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::Theme</name>
        <message>
            <source>The theme folder %1 does not exist.</source>
            <translation>主题文件夹 %1 不存在。</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>%1, line %2: %3</source>
            <translation>%1，第 %2 行：%3</translation>
        </message>
        <message>
            <source>not a JSON object</source>
            <translation>不是 JSON 对象</translation>
        </message>
        <message>
            <source>The theme %1 has no asset %2.</source>
            <translation>主题 %1 没有资源文件 %2。</translation>
        </message>
        <message>
            <source>Rendering %1 failed: %2</source>
            <translation>渲染 %1 失败：%2</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::UserRepository</name>
        <message>
            <source>There is no user named "%1" in %2.</source>
            <translation>%2 中没有名为“%1”的用户。</translation>
        </message>
        <message>
            <source>A user needs a name.</source>
            <translation>用户需要名称。</translation>
        </message>
        <message>
            <source>A user named "%1" already exists in %2.</source>
            <translation>%2 中已有名为“%1”的用户。</translation>
        </message>
    </context>
    <context>
        <name>Newsdesk::WelcomePage</name>
        <message>
            <source>No library is open</source>
            <translation>没有打开的资料库</translation>
        </message>
        <message>
            <source>A library holds a newsroom's articles, channels, photos and people. Create a new one, or open one you already have.</source>
            <translation>资料库保存编辑部的文章、栏目、图片和人员。请新建一个，或打开已有的资料库。</translation>
        </message>
    </context>
</TS>
