<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Newsdesk::AboutDialog</name>
    <message>
        <source>About Newsdesk</source>
        <translation>关于 Newsdesk</translation>
    </message>
    <message>
        <source>Newsdesk icon</source>
        <translation>Newsdesk 图标</translation>
    </message>
    <message>
        <source>A desktop newsroom editor: write, review and publish a static portal site.</source>
        <translation>桌面新闻编辑系统:撰写、审核并发布静态门户网站。</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>许可证:%1</translation>
    </message>
    <message>
        <source>Read the manual</source>
        <translation>阅读用户手册</translation>
    </message>
    <message>
        <source>&amp;Libraries:</source>
        <translation>所用库(&amp;L):</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>所用库</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>(built in)</source>
        <translation>(内置)</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>复制版本信息(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the versions of Newsdesk and its libraries</source>
        <translation>复制 Newsdesk 及其所用库的版本</translation>
    </message>
</context>
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
    <message>
        <source>&amp;Site Settings…</source>
        <translation>站点设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Site name, base URL, language, footer, theme folder and ad slots of the portal</source>
        <translation>门户的站点名称、网址、语言、页脚、主题文件夹和广告位</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>新建文章(&amp;N)</translation>
    </message>
    <message>
        <source>Write a new article in the selected channel</source>
        <translation>在所选栏目中撰写新文章</translation>
    </message>
    <message>
        <source>&amp;Edit Article</source>
        <translation>编辑文章(&amp;E)</translation>
    </message>
    <message>
        <source>Open the current article in an editor</source>
        <translation>在编辑器中打开当前文章</translation>
    </message>
    <message>
        <source>&amp;Save Article</source>
        <translation>保存文章(&amp;S)</translation>
    </message>
    <message>
        <source>Save the article being edited as a new revision</source>
        <translation>将正在编辑的文章保存为新版本</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>关闭文章(&amp;C)</translation>
    </message>
    <message>
        <source>Close the article being edited</source>
        <translation>关闭正在编辑的文章</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Take back the last change of the body or the fields</source>
        <translation>撤销正文或字段的上一次修改</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Make the change taken back again</source>
        <translation>重新执行被撤销的修改</translation>
    </message>
    <message>
        <source>Editor &amp;Preview</source>
        <translation>编辑器预览(&amp;P)</translation>
    </message>
    <message>
        <source>Show or hide the published page beside the article being edited</source>
        <translation>在正在编辑的文章旁显示或隐藏发布后的页面</translation>
    </message>
    <message>
        <source>&amp;Export Site…</source>
        <translation>导出站点(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the portal as a static site bundle: a folder or a .zip file</source>
        <translation>把门户网站导出为静态站点包:一个文件夹或 .zip 文件</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>审核通过(&amp;A)</translation>
    </message>
    <message>
        <source>Approve the selected articles as they are now (chief editors)</source>
        <translation>按当前内容审核通过所选文章（责任编辑）</translation>
    </message>
    <message>
        <source>Re&amp;turn to Author…</source>
        <translation>退回作者(&amp;T)…</translation>
    </message>
    <message>
        <source>Send the selected articles back to their authors with a note (chief editors)</source>
        <translation>附意见把所选文章退回给作者（责任编辑）</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>撤稿(&amp;W)…</translation>
    </message>
    <message>
        <source>Take the selected approved or published articles off the site (chief editors)</source>
        <translation>把所选的已审或已发布文章从站点撤下（责任编辑）</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史版本(&amp;H)…</translation>
    </message>
    <message>
        <source>Every revision of the current article: compare any two, restore one</source>
        <translation>当前文章的所有版本：可任选两个比较，或恢复其中一个</translation>
    </message>
    <message>
        <source>&amp;Review Queue</source>
        <translation>待审队列(&amp;R)</translation>
    </message>
    <message>
        <source>Show or hide the articles waiting for review</source>
        <translation>显示或隐藏等待审核的文章</translation>
    </message>
    <message>
        <source>S&amp;witch User…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>以其他用户身份登录</translation>
    </message>
    <message>
        <source>Manage &amp;Users…</source>
        <translation>管理用户(&amp;U)…</translation>
    </message>
    <message>
        <source>Add people, change their roles and passwords, deactivate accounts</source>
        <translation>添加人员，修改其角色和密码，停用账户</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>操作日志(&amp;A)…</translation>
    </message>
    <message>
        <source>Who did what and when: filter the audit log and export it as CSV</source>
        <translation>谁在何时做了什么：筛选操作日志并导出为 CSV</translation>
    </message>
    <message>
        <source>Connect to Newsroom Ser&amp;ver…</source>
        <translation>连接编辑部服务器(&amp;V)…</translation>
    </message>
    <message>
        <source>Work in a newsroom&apos;s shared library on a PostgreSQL server</source>
        <translation>在 PostgreSQL 服务器上的编辑部共享资料库中工作</translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation>导入稿件(&amp;I)…</translation>
    </message>
    <message>
        <source>Bring in articles from portal pages, Markdown, text files, folders and archives</source>
        <translation>从门户网页、Markdown、文本文件、文件夹和压缩包导入稿件</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>Every shortcut of Newsdesk, by menu</source>
        <translation>按菜单列出 Newsdesk 的所有快捷键</translation>
    </message>
    <message>
        <source>&amp;User Manual</source>
        <translation>用户手册(&amp;U)</translation>
    </message>
    <message>
        <source>How to use Newsdesk, step by step</source>
        <translation>一步步学会使用 Newsdesk</translation>
    </message>
</context>
<context>
    <name>Newsdesk::AdSlotsEditor</name>
    <message>
        <source>&amp;Add Slot</source>
        <translation>添加广告位(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move Slot</source>
        <translation>删除广告位(&amp;M)</translation>
    </message>
    <message>
        <source>Templates place the slot with {{{ads.KEY}}}: lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>模板用 {{{ads.KEY}}} 放置广告位：小写字母、数字、“-”和“_”。</translation>
    </message>
    <message>
        <source>Shown on the pages</source>
        <translation>在页面上显示</translation>
    </message>
    <message>
        <source>HTML, placed in the pages as written. When saved it is cleaned to the article HTML allow-list: scripts, frames, styles and event handlers are removed.</source>
        <translation>HTML，按原样放入页面。保存时按文章 HTML 允许列表清理：删除脚本、框架、样式和事件处理程序。</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>键(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML：</translation>
    </message>
    <message>
        <source>(new slot)</source>
        <translation>（新广告位）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1（隐藏）</translation>
    </message>
</context>
<context>
    <name>Newsdesk::AddUserDialog</name>
    <message>
        <source>Add User</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>再次输入密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Chief editors and administrators need a password of at least %1 characters; for editors it is optional.</source>
        <translation>责任编辑和管理员的密码至少需要 %1 个字符；编辑可以不设密码。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>两次输入的密码不一致：请输入相同的密码两次。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArchivePass</name>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>%1 is damaged or not a zip or tar archive (%2); nothing was imported.</source>
        <translation>%1 已损坏，或不是 zip 或 tar 压缩包(%2)；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: the entry “%2” cannot be read, the archive is damaged (%3); nothing was imported.</source>
        <translation>%1：条目“%2”无法读取，压缩包已损坏(%3)；未导入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write %1 from %2: %3; nothing was imported.</source>
        <translation>无法写入 %2 中的 %1：%3；未导入任何内容。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>%1: the entry after “%2” cannot be read, the archive is damaged (%3); nothing was imported.</source>
        <translation>%1：“%2”之后的条目无法读取，压缩包已损坏(%3)；未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%1: the entry “%2” is one more than the %n entries allowed; nothing was imported.</source>
        <translation>
            <numerusform>%1：条目“%2”超出了允许的 %n 个条目；未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: entry number %2 has no name; nothing was imported.</source>
        <translation>%1：第 %2 个条目没有名称；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: the entry “%2” has control characters in its name; nothing was imported.</source>
        <translation>%1：条目“%2”的名称含有控制字符；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: the entry “%2” has an absolute path; nothing was imported.</source>
        <translation>%1：条目“%2”是绝对路径；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: the entry “%2” points outside the archive; nothing was imported.</source>
        <translation>%1：条目“%2”指向压缩包之外；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: the entry “%2” is a hard link, which is not allowed; nothing was imported.</source>
        <translation>%1：条目“%2”是硬链接，不允许；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: the entry “%2” is a symbolic link, which is not allowed; nothing was imported.</source>
        <translation>%1：条目“%2”是符号链接，不允许；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: the entry “%2” is a device file, which is not allowed; nothing was imported.</source>
        <translation>%1：条目“%2”是设备文件，不允许；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: the entry “%2” is a named pipe (FIFO), which is not allowed; nothing was imported.</source>
        <translation>%1：条目“%2”是命名管道(FIFO)，不允许；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: the entry “%2” is a socket, which is not allowed; nothing was imported.</source>
        <translation>%1：条目“%2”是套接字，不允许；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: the entry “%2” is neither a file nor a folder; nothing was imported.</source>
        <translation>%1：条目“%2”既不是文件也不是文件夹；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: the entry “%2” is encrypted, which is not supported; nothing was imported.</source>
        <translation>%1：条目“%2”已加密，不受支持；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: the entry “%2” has a damaged header; nothing was imported.</source>
        <translation>%1：条目“%2”的头部已损坏；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: the entry “%2” is %3, more than the %4 allowed for one file; nothing was imported.</source>
        <translation>%1：条目“%2”大小为 %3，超过单个文件允许的 %4；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: the entry “%2” takes the archive over the %3 it may unpack to; nothing was imported.</source>
        <translation>%1：条目“%2”使解压总量超过允许的 %3；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: the entry “%2” is both a file and a folder; nothing was imported.</source>
        <translation>%1：条目“%2”既是文件又是文件夹；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: the entry “%2” appears more than once; nothing was imported.</source>
        <translation>%1：条目“%2”出现了不止一次；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: the entry “%2” lies inside “%3”, which is a file; nothing was imported.</source>
        <translation>%1：条目“%2”位于“%3”之内，而后者是文件；未导入任何内容。</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: the entry “%2” unpacks to more than the %3 allowed for one file; nothing was imported.</source>
        <translation>%1：条目“%2”解压后超过单个文件允许的 %3；未导入任何内容。</translation>
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
        <translation>文件名</translation>
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
    <message>
        <source>%1; an edit %2 (these details are the edit&apos;s, the approved version stays live)</source>
        <translation>%1；修改稿%2（以下为修改稿的内容，已审版本仍在线）</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleDiff</name>
    <message>
        <source>[Image %1]</source>
        <translation>［图片 %1］</translation>
    </message>
    <message>
        <source>[Image %1: %2]</source>
        <translation>［图片 %1：%2］</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>[Page break]</source>
        <translation>［分页符］</translation>
    </message>
    <message>
        <source>[Page break: %1]</source>
        <translation>［分页符：%1］</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleDocument</name>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleEditor</name>
    <message>
        <source>New Article</source>
        <translation>新文章</translation>
    </message>
    <message>
        <source>Cannot Save the Article</source>
        <translation>无法保存文章</translation>
    </message>
    <message>
        <source>Saved as a new article (%1); the other version was left as it was.</source>
        <translation>已另存为新文章（%1）；另一版本保持不变。</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved. Save them before closing?</source>
        <translation>“%1”有未保存的修改。关闭前保存吗？</translation>
    </message>
    <message>
        <source>The body is empty: there is nothing to suggest a summary from.</source>
        <translation>正文为空：无法据此生成摘要。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was submitted for review.</source>
        <translation>“%1”已提交审核。</translation>
    </message>
    <message>
        <source>Saved merged with the other changes (version %1).</source>
        <translation>已与对方的修改合并保存（第 %1 版）。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleFields</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
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
        <source>Title colour</source>
        <translation>标题颜色</translation>
    </message>
    <message>
        <source>Bold title</source>
        <translation>标题加粗</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Secondary channels</source>
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
        <source>Redirect URL</source>
        <translation>跳转网址</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
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
        <source>Publish time</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Cover image</source>
        <translation>封面图片</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
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
    <name>Newsdesk::ArticleForm</name>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Short title:</source>
        <translation>简略标题(&amp;S)：</translation>
    </message>
    <message>
        <source>Su&amp;btitle:</source>
        <translation>副标题(&amp;B)：</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation>来源(&amp;C)：</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>作者(&amp;U)：</translation>
    </message>
    <message>
        <source>Edito&amp;r:</source>
        <translation>编辑(&amp;R)：</translation>
    </message>
    <message>
        <source>Suggest from Bod&amp;y</source>
        <translation>从正文生成(&amp;Y)</translation>
    </message>
    <message>
        <source>Fill the summary with the opening of the body</source>
        <translation>用正文开头填写摘要</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>摘要(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>关键词(&amp;K)：</translation>
    </message>
    <message>
        <source>Title colour</source>
        <translation>标题颜色</translation>
    </message>
    <message>
        <source>&amp;Choose Colour…</source>
        <translation>选择颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;No Colour</source>
        <translation>无颜色(&amp;N)</translation>
    </message>
    <message>
        <source>Bol&amp;d</source>
        <translation>加粗(&amp;D)</translation>
    </message>
    <message>
        <source>Title Colour</source>
        <translation>标题颜色</translation>
    </message>
    <message>
        <source>Title colour: none</source>
        <translation>标题颜色：无</translation>
    </message>
    <message>
        <source>Title colour: %1</source>
        <translation>标题颜色：%1</translation>
    </message>
    <message>
        <source>Image #%1</source>
        <translation>图片 #%1</translation>
    </message>
    <message>
        <source>#%1 %2 (%3×%4)</source>
        <translation>#%1 %2（%3×%4）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleJson</name>
    <message>
        <source>The article saved in %1 cannot be read: %2.</source>
        <translation>保存在 %1 中的文章无法读取：%2。</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
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
    <name>Newsdesk::ArticleMerge</name>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleRepository</name>
    <message>
        <source>The article has no title.</source>
        <translation>文章没有标题。</translation>
    </message>
    <message>
        <source>The article &quot;%1&quot; has no channel.</source>
        <translation>文章“%1”没有栏目。</translation>
    </message>
    <message>
        <source>The title colour &quot;%1&quot; of &quot;%2&quot; is not a colour like #cc0000.</source>
        <translation>“%2”的标题颜色“%1”不是 #cc0000 这样的颜色。</translation>
    </message>
    <message>
        <source>The article &quot;%1&quot; is flagged as a redirect but has no redirect URL.</source>
        <translation>文章“%1”标记为跳转，但没有跳转网址。</translation>
    </message>
    <message>
        <source>The article &quot;%1&quot; expires before it is published.</source>
        <translation>文章“%1”的过期时间早于发布时间。</translation>
    </message>
    <message>
        <source>There is no article %1 in %2.</source>
        <translation>%2 中没有编号为 %1 的文章。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else (it is at version %2; you started from version %3). Nothing was overwritten.</source>
        <translation>“%1”已被他人修改（当前为第 %2 版；你是从第 %3 版开始编辑的）。没有覆盖任何内容。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleSaver</name>
    <message>
        <source>Cannot Save the Article</source>
        <translation>无法保存文章</translation>
    </message>
    <message>
        <source>Someone Else Is Editing</source>
        <translation>有人正在编辑</translation>
    </message>
    <message>
        <source>%1

Save your text as a new article instead? Nothing you typed is lost either way: it stays in the editor.</source>
        <translation>%1

把你的文字另存为一篇新文章吗？无论如何，你输入的内容都不会丢失：它仍留在编辑器中。</translation>
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
    <message>
        <source>%1 · edit %2</source>
        <comment>status of a live article with a staged edit</comment>
        <translation>%1 · 修改稿%2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleValidator</name>
    <message>
        <source>every article needs a title.</source>
        <translation>每篇文章都需要标题。</translation>
    </message>
    <message>
        <source>choose the channel the article appears in.</source>
        <translation>请选择文章所在的栏目。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour like #cc0000.</source>
        <translation>“%1”不是 #cc0000 这样的颜色。</translation>
    </message>
    <message>
        <source>the article is flagged %1 but has no address to redirect to.</source>
        <translation>文章设置了“%1”属性，但没有跳转地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (http://… or https://…) or a path on the site (/…).</source>
        <translation>“%1”不是网址（http://… 或 https://…），也不是站内路径（/…）。</translation>
    </message>
    <message>
        <source>%1 is not after the publish time %2.</source>
        <translation>%1 不晚于发布时间 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may only hold Latin letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, start with a letter or digit and be at most 100 characters long.</source>
        <translation>“%1”只能包含拉丁字母、数字、“-”、“_”和“.”，须以字母或数字开头，最长 100 个字符。</translation>
    </message>
    <message>
        <source>the main channel cannot also be a secondary channel.</source>
        <translation>主栏目不能同时是副栏目。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::AuditCsv</name>
    <message>
        <source>Cannot write the audit log CSV: %1</source>
        <translation>无法写入操作日志 CSV：%1</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>article id</source>
        <translation>文章编号</translation>
    </message>
    <message>
        <source>article title</source>
        <translation>文章标题</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The audit log export was cancelled.</source>
        <translation>操作日志导出已取消。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Article number:</source>
        <translation>文章编号：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文本：</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown; more load as you scroll.</source>
        <translation>
            <numerusform>已显示 %n 条；滚动时加载更多。</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>In the detail or the article title</source>
        <translation>在详情或文章标题中</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to (inclusive)</source>
        <translation>到（含当天）</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>共 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Audit Log</source>
        <translation>导出操作日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>正在导出操作日志…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>Exporting the audit log: %n entries…</source>
        <translation>
            <numerusform>正在导出操作日志：%n 条…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>已把 %n 条记录导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::AuditLogModel</name>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤稿</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Move to channel</source>
        <translation>移动到栏目</translation>
    </message>
    <message>
        <source>Set flags</source>
        <translation>设置属性</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>修改标签</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Reactivate user</source>
        <translation>重新启用用户</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Approval moved with a taxonomy change</source>
        <translation>审核随分类调整转移</translation>
    </message>
    <message>
        <source>Take over editing</source>
        <translation>接管编辑</translation>
    </message>
    <message>
        <source>Create tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Change site settings</source>
        <translation>修改站点设置</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BodyEditor</name>
    <message>
        <source>HTML &amp;Source</source>
        <translation>HTML 源代码(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find in Body</source>
        <translation>在正文中查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Replace in Body</source>
        <translation>在正文中替换(&amp;R)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <source>H2</source>
        <translation>H2</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>H3</translation>
    </message>
    <message>
        <source>H4</source>
        <translation>H4</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
    <message>
        <source>x²</source>
        <translation>x²</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>•</source>
        <translation>•</translation>
    </message>
    <message>
        <source>1.</source>
        <translation>1.</translation>
    </message>
    <message>
        <source>→</source>
        <translation>→</translation>
    </message>
    <message>
        <source>←</source>
        <translation>←</translation>
    </message>
    <message>
        <source>❝</source>
        <translation>❝</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>分页</source>
        <translation>分页</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>The HTML was not applied; the source view shows why.</source>
        <translation>HTML 未应用；源代码视图中说明了原因。</translation>
    </message>
    <message>
        <source>字数 %1 · %2 Chinese characters · %3 words</source>
        <translation>字数 %1 · 汉字 %2 · 词 %3</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BodyTextEdit</name>
    <message>
        <source>Article body</source>
        <translation>稿件正文</translation>
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
    <name>Newsdesk::BundleCommit</name>
    <message>
        <source>Cannot move the new bundle to %1: %2.</source>
        <translation>无法把新的站点包移到 %1:%2。</translation>
    </message>
    <message>
        <source>Cannot put the new bundle in place of %1: %2.</source>
        <translation>无法用新的站点包替换 %1:%2。</translation>
    </message>
    <message>
        <source>Cannot move %1 aside: %2.</source>
        <translation>无法把 %1 移开:%2。</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2.</source>
        <translation>无法替换 %1:%2。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ChannelActions</name>
    <message>
        <source>New Channel</source>
        <translation>新建栏目</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; created.</source>
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
        <source>Move &quot;%1&quot; under:</source>
        <translation>把“%1”移到：</translation>
    </message>
    <message>
        <source>Delete Channel</source>
        <translation>删除栏目</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; holds %n article(s). Move them to:</source>
        <translation>
            <numerusform>“%1”中有 %n 篇文章。把它们移动到：</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the empty channel &quot;%1&quot;?</source>
        <translation>删除空栏目“%1”吗？</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; deleted.</source>
        <translation>已删除栏目“%1”。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ChannelDialog</name>
    <message>
        <source>The channel&apos;s folder in the published site&apos;s URLs</source>
        <translation>栏目在发布站点网址中的目录名</translation>
    </message>
    <message>
        <source>{channel} {yyyy} {mm} {dd} {mmdd} {id} {name}; empty for the site&apos;s default</source>
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
        <source>The URL name &quot;%1&quot; of channel &quot;%2&quot; may hold only lower-case letters, digits, - and _.</source>
        <translation>栏目“%2”的网址目录名“%1”只能包含小写字母、数字、- 和 _。</translation>
    </message>
    <message>
        <source>The page size of channel &quot;%1&quot; must be from 1 to 1000, not %2.</source>
        <translation>栏目“%1”的每页文章数必须在 1 到 1000 之间，而不是 %2。</translation>
    </message>
    <message>
        <source>Another channel at the same place already uses the URL name &quot;%1&quot;.</source>
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
        <source>&quot;%1&quot; cannot move into itself or one of its sub-channels.</source>
        <translation>“%1”不能移到自身或其子栏目中。</translation>
    </message>
    <message>
        <source>The home channel cannot be deleted.</source>
        <translation>首页栏目不能删除。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has sub-channels: move or delete them first.</source>
        <translation>“%1”有子栏目：请先移动或删除子栏目。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 articles: choose another channel for them.</source>
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
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>open the editor (the default library when LIB is not given)</source>
        <translation>打开编辑器（未指定 LIB 时打开默认资料库）</translation>
    </message>
    <message>
        <source>LIB is an SQLite library file or a postgresql:// URL. Run &quot;newsdesk SUBCOMMAND --help&quot; for the options of a subcommand.</source>
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
        <source>unknown subcommand &quot;%1&quot;.</source>
        <translation>未知的子命令“%1”。</translation>
    </message>
    <message>
        <source>list or add the people of a library (also: passwd, deactivate, activate)</source>
        <translation>列出或添加资料库的人员（另有：passwd、deactivate、activate）</translation>
    </message>
    <message>
        <source>import articles from portal pages, Markdown or text files, folders and archives</source>
        <translation>从门户网页、Markdown 或文本文件、文件夹和压缩包导入稿件</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentThreadView</name>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt; (editorial comments, never published)</source>
        <translation>&lt;b&gt;批注&lt;/b&gt;（编辑部内部意见，不会发布）</translation>
    </message>
    <message>
        <source>Add a note for the author and other editors…</source>
        <translation>为作者和其他编辑添加批注…</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>添加批注(&amp;N)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>还没有批注。</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Sign in to add a note.</source>
        <translation>登录后才能添加批注。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by someone else (version %2) after you opened it (version %3). Both versions are below; copy what you need from theirs into your editor, then overwrite, or keep both by saving yours as a new article.</source>
        <translation>你打开“%1”（版本 %3）后，他人保存了它（版本 %2）。两个版本都列在下面：把需要的内容从对方版本复制到你的编辑器后覆盖保存，或者把你的版本另存为新文章，两者都保留。</translation>
    </message>
    <message>
        <source>Theirs (version %1)</source>
        <translation>对方的（版本 %1）</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>你的</translation>
    </message>
    <message>
        <source>&amp;Overwrite with Mine</source>
        <translation>用我的覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>Save your version; theirs stays in the article&apos;s revisions</source>
        <translation>保存你的版本；对方的版本保留在文章的修订历史中</translation>
    </message>
    <message>
        <source>Save Mine as a &amp;New Article</source>
        <translation>将我的另存为新文章(&amp;N)</translation>
    </message>
    <message>
        <source>Keep &amp;Editing</source>
        <translation>继续编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Merge Both</source>
        <translation>合并双方(&amp;M)</translation>
    </message>
    <message>
        <source>Save theirs with your changes added: you changed different things</source>
        <translation>保存对方的版本并加入你的修改：你们改的是不同的内容</translation>
    </message>
    <message>
        <source>Save theirs with your changes added; where you both changed the same thing (%1), yours is kept and theirs stays in the revisions</source>
        <translation>保存对方的版本并加入你的修改；双方都改过的地方（%1）保留你的，对方的留在修订历史中</translation>
    </message>
    <message>
        <source>You changed different things: Merge Both keeps all of them.</source>
        <translation>你们改的是不同的内容：“合并双方”会全部保留。</translation>
    </message>
    <message>
        <source>You both changed %1: Merge Both keeps yours there and everything else from both.</source>
        <translation>你们都改了%1：“合并双方”在这些地方保留你的，其余保留双方的修改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by someone else (version %2) after you opened it (version %3). Both versions are below. Merge Both keeps both people&apos;s changes; or overwrite theirs, or keep both by saving yours as a new article.</source>
        <translation>你打开“%1”（版本 %3）后，他人保存了它（版本 %2）。两个版本都列在下面。“合并双方”会保留双方的修改；也可以覆盖对方的版本，或者把你的版本另存为新文章，两者都保留。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ConnectDialog</name>
    <message>
        <source>Connect to Newsroom Server</source>
        <translation>连接编辑部服务器</translation>
    </message>
    <message>
        <source>Work in your newsroom&apos;s shared library on its PostgreSQL server. Your administrator gives you the server, the database and your user name.</source>
        <translation>在编辑部 PostgreSQL 服务器上的共享资料库中工作。服务器、数据库和用户名由管理员提供。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>e.g. db.newsroom.example</source>
        <translation>例如 db.newsroom.example</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Not saved. Newsdesk also finds it in ~/.pgpass or in the PGPASSWORD environment variable.</source>
        <translation>不会保存。Newsdesk 也会从 ~/.pgpass 或环境变量 PGPASSWORD 读取密码。</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
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
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address like postgresql://user@host:5432/newsroom.</source>
        <translation>“%1”不是 PostgreSQL 地址（应形如 postgresql://user@host:5432/newsroom）。</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql); %1 cannot be opened.</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql），无法打开 %1。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>%1 was too busy: the change lost to others %2 times (%3). Try again.</source>
        <translation>%1 太忙：这次修改已 %2 次让位于其他修改（%3）。请重试。</translation>
    </message>
    <message>
        <source>%1 is busy with another change (%2).</source>
        <translation>%1 正忙于另一项修改（%2）。</translation>
    </message>
    <message>
        <source>%1 refused the change: %2</source>
        <translation>%1 拒绝了这次修改：%2</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 needs the password of %2 (database %3).</source>
        <translation>PostgreSQL 服务器 %1 需要 %2 的密码（数据库 %3）。</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 did not accept the password of %2 (database %3).</source>
        <translation>PostgreSQL 服务器 %1 未接受 %2 的密码（数据库 %3）。</translation>
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
    <name>Newsdesk::DiffHtml</name>
    <message numerus="yes">
        <source>… %n unchanged line(s) …</source>
        <translation>
            <numerusform>…… %n 行未改动 ……</numerusform>
        </translation>
    </message>
    <message>
        <source>The two revisions are identical.</source>
        <translation>两个版本完全相同。</translation>
    </message>
    <message>
        <source>The body&apos;s formatting changed; its text is the same.</source>
        <translation>正文的格式有改动，文字没有变化。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::EditorAccess</name>
    <message>
        <source>Nobody is signed in.</source>
        <translation>尚无人登录。</translation>
    </message>
    <message>
        <source>Read-only: nobody is signed in. Use File &gt; Switch User… to sign in.</source>
        <translation>只读：尚无人登录。请用“文件 &gt; 切换用户…”登录。</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>%1. It is read-only here until they close it.</source>
        <translation>%1。在对方关闭之前，这里只读。</translation>
    </message>
    <message>
        <source>%1 took over editing this article: it is read-only here now. Your unsaved changes are kept; Save a Copy keeps them as a new article.</source>
        <translation>%1 接管了这篇文章的编辑：这里现在只读。你未保存的修改仍在；“另存副本”会把它们存为一篇新文章。</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>Published version stays live until this edit is approved (the edit: %1).</source>
        <translation>在这份修改稿审核通过之前，已发布的版本保持在线（修改稿：%1）。</translation>
    </message>
    <message>
        <source>Approved version stays in place until this edit is approved (the edit: %1).</source>
        <translation>在这份修改稿审核通过之前，已审的版本保持不变（修改稿：%1）。</translation>
    </message>
    <message>
        <source>New draft, not saved yet</source>
        <translation>新草稿，尚未保存</translation>
    </message>
    <message>
        <source>%1 · edit %2</source>
        <comment>status of a live article with a staged edit</comment>
        <translation>%1 · 修改稿%2</translation>
    </message>
    <message>
        <source>%1, in the trash</source>
        <translation>%1，在回收站中</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>A saved change to the text is a staged edit: the published version stays live until the edit is approved.</source>
        <translation>保存的修改将成为修改稿：在修改稿审核通过之前，已发布的版本保持在线。</translation>
    </message>
    <message>
        <source>A saved change to the text is a staged edit: the approved version stays in place until the edit is approved.</source>
        <translation>保存的修改将成为修改稿：在修改稿审核通过之前，已审的版本保持不变。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::EditorTabs</name>
    <message>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <source>Cannot Open the Article</source>
        <translation>无法打开文章</translation>
    </message>
    <message>
        <source>Recovery Store Damaged</source>
        <translation>恢复存储已损坏</translation>
    </message>
    <message>
        <source>%1
It was moved to %2, and unsaved edits are kept in a new recovery store from now on.</source>
        <translation>%1
它已被移到 %2，此后未保存的修改将保存在新的恢复存储中。</translation>
    </message>
    <message>
        <source>Autosave Failed</source>
        <translation>自动保存失败</translation>
    </message>
    <message>
        <source>%1
Unsaved edits cannot be kept for recovery: save your articles with Ctrl+S.</source>
        <translation>%1
未保存的修改无法留作恢复：请用 Ctrl+S 保存文章。</translation>
    </message>
    <message>
        <source>Cannot Restore the Article</source>
        <translation>无法恢复文章</translation>
    </message>
    <message>
        <source>Library and open articles</source>
        <translation>文稿库与已打开的稿件</translation>
    </message>
</context>
<context>
    <name>Newsdesk::EditorWorkflow</name>
    <message>
        <source>Cannot Submit the Article</source>
        <translation>无法提交文章</translation>
    </message>
    <message>
        <source>This Editor Is Read-Only</source>
        <translation>此编辑器只读</translation>
    </message>
    <message>
        <source>%1

Save your text as a new article instead?</source>
        <translation>%1

把你的文字另存为一篇新文章吗？</translation>
    </message>
    <message>
        <source>Take Over Editing</source>
        <translation>接管编辑</translation>
    </message>
    <message>
        <source>%1

Take the article over? Their editor turns read-only; what they have not saved stays with them.</source>
        <translation>%1

接管这篇文章吗？对方的编辑器将变为只读；对方未保存的内容仍留在对方那里。</translation>
    </message>
    <message>
        <source>Cannot Take Over</source>
        <translation>无法接管</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ExportCommand</name>
    <message>
        <source>The library to export.</source>
        <translation>要导出的文章库。</translation>
    </message>
    <message>
        <source>The bundle: a folder (new, empty, or a previous export), or a file ending in .zip.</source>
        <translation>站点包:一个文件夹(新建的、空的或以前导出的),或以 .zip 结尾的文件。</translation>
    </message>
    <message>
        <source>Rewrite only what changed since the previous export in the same place.</source>
        <translation>只重写自上次导出到同一位置以来有变化的内容。</translation>
    </message>
    <message>
        <source>The site&apos;s address for feeds, the sitemap and the 404 page, instead of the site setting.</source>
        <translation>用于订阅源、站点地图和 404 页面的网站地址,代替站点设置中的地址。</translation>
    </message>
    <message>
        <source>Rendering threads (default: one per core, here %1).</source>
        <translation>渲染线程数(默认每个处理器核心一个,本机为 %1)。</translation>
    </message>
    <message>
        <source>Print what was done as a JSON object.</source>
        <translation>以 JSON 对象输出导出结果。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--library LIB is required.</source>
        <translation>必须指定 --library LIB。</translation>
    </message>
    <message>
        <source>--out DIR|FILE.zip is required.</source>
        <translation>必须给出 --out DIR|FILE.zip。</translation>
    </message>
    <message>
        <source>--base-url needs an absolute http or https address such as https://news.example.com/, not &quot;%1&quot;.</source>
        <translation>--base-url 需要完整的 http 或 https 地址,例如 https://news.example.com/,而不是“%1”。</translation>
    </message>
    <message>
        <source>--threads needs a whole number from 1 to 256, not &quot;%1&quot;.</source>
        <translation>--threads 需要 1 到 256 之间的整数,而不是“%1”。</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告:%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1 in %2 s.</source>
        <translation>
            <numerusform>已在 %2 秒内把 %n 篇文章导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Files: %1 written (%2 MB), %3 unchanged, %4 removed; %5 in the bundle.</source>
        <translation>文件:写入 %1 个(%2 MB),未变 %3 个,删除 %4 个;站点包共 %5 个。</translation>
    </message>
    <message numerus="yes">
        <source>%n approved article(s) marked published.</source>
        <translation>
            <numerusform>%n 篇已审文章标记为已发布。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as this person (a chief editor or admin; the password in %1, or on standard input with --password-stdin). Without it the export runs as the local operator and publishes only what chief editors approved.</source>
        <translation>以此人的身份导出（责任编辑或管理员；密码放在 %1 中，或配合 --password-stdin 从标准输入读取）。不指定时以本机操作员身份导出，只发布责任编辑审核通过的内容。</translation>
    </message>
    <message>
        <source>Read the password of --as from standard input.</source>
        <translation>从标准输入读取 --as 用户的密码。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ExportDialog</name>
    <message>
        <source>Export Site</source>
        <translation>导出站点</translation>
    </message>
    <message>
        <source>A folder, or a file ending in .zip</source>
        <translation>文件夹,或以 .zip 结尾的文件</translation>
    </message>
    <message>
        <source>Target folder or .zip file</source>
        <translation>目标文件夹或 .zip 文件</translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation>选择文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose &amp;Zip File…</source>
        <translation>选择 Zip 文件(&amp;Z)…</translation>
    </message>
    <message>
        <source>F&amp;ull: write every page</source>
        <translation>完整(&amp;U):写入所有页面</translation>
    </message>
    <message>
        <source>&amp;Incremental</source>
        <translation>增量(&amp;I)</translation>
    </message>
    <message>
        <source>Only pages whose content changed are rewritten; needs a previous export in the target.</source>
        <translation>只重写内容有变化的页面;目标位置需要有上次导出的站点包。</translation>
    </message>
    <message>
        <source>Base URL for this export</source>
        <translation>本次导出的网站地址</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T):</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>方式:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>网址(&amp;B)：</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>&amp;Open Bundle</source>
        <translation>打开站点包(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>取消导出(&amp;C)</translation>
    </message>
    <message>
        <source>The site settings give no base URL: feeds and the sitemap need one. Leave empty to export without them.</source>
        <translation>站点设置中没有网站地址:订阅源和站点地图需要它。留空则导出时不生成它们。</translation>
    </message>
    <message>
        <source>Site setting: %1. Leave empty to use it.</source>
        <translation>站点设置:%1。留空即使用它。</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Export to Zip File</source>
        <translation>导出为 Zip 文件</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>没有打开的资料库。</translation>
    </message>
    <message>
        <source>Choose a folder or a .zip file to export to.</source>
        <translation>请选择要导出到的文件夹或 .zip 文件。</translation>
    </message>
    <message>
        <source>The target &quot;%1&quot; is not a full path: give the whole path of a folder or of a file ending in .zip.</source>
        <translation>目标“%1”不是完整路径:请给出文件夹或以 .zip 结尾的文件的完整路径。</translation>
    </message>
    <message>
        <source>Stopping the export…</source>
        <translation>正在停止导出…</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>正在读取文章库…</translation>
    </message>
    <message>
        <source>Rendering pages: %1 of %2</source>
        <translation>正在生成页面:%1 / %2</translation>
    </message>
    <message>
        <source>Rendering pages…</source>
        <translation>正在生成页面…</translation>
    </message>
    <message>
        <source>Writing the bundle: %1 of %2</source>
        <translation>正在写入站点包:%1 / %2</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>正在写入站点包…</translation>
    </message>
    <message>
        <source>The site is exported to %1.</source>
        <translation>站点已导出到 %1。</translation>
    </message>
    <message>
        <source>The target held no previous export to compare with, so every page was written.</source>
        <translation>目标位置没有可比较的上次导出,因此写入了所有页面。</translation>
    </message>
    <message>
        <source>The export was cancelled. The previous bundle at %1, if there was one, stays as it was.</source>
        <translation>导出已取消。%1 处原有的站点包(如果有)保持不变。</translation>
    </message>
    <message>
        <source>The export failed: %1
The previous bundle, if there was one, stays as it was.</source>
        <translation>导出失败:%1
原有的站点包(如果有)保持不变。</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>没有程序能打开 %1。</translation>
    </message>
    <message>
        <source>Export Running</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>The site is being exported. Stop the export and close? The previous bundle stays as it was.</source>
        <translation>站点正在导出。要停止导出并关闭吗?原有的站点包保持不变。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ExportSummaryView</name>
    <message>
        <source>Files written:</source>
        <translation>写入的文件:</translation>
    </message>
    <message>
        <source>Files unchanged:</source>
        <translation>未变的文件:</translation>
    </message>
    <message>
        <source>Files removed:</source>
        <translation>删除的文件:</translation>
    </message>
    <message>
        <source>Articles on the site:</source>
        <translation>站点上的文章:</translation>
    </message>
    <message>
        <source>Bytes written:</source>
        <translation>写入的字节:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>用时:</translation>
    </message>
    <message>
        <source>Newly published:</source>
        <translation>新发布:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告:</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Exporter</name>
    <message>
        <source>The export was cancelled; %1 is as it was.</source>
        <translation>导出已取消;%1 保持原样。</translation>
    </message>
    <message>
        <source>No export target was given.</source>
        <translation>没有给出导出目标。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a .zip file.</source>
        <translation>%1 是文件夹,不是 .zip 文件。</translation>
    </message>
    <message>
        <source>%1 is a file: export into a folder, or to a name ending in .zip.</source>
        <translation>%1 是一个文件:请导出到文件夹,或导出为以 .zip 结尾的文件。</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no Newsdesk bundle (no %2), so it is left alone: export into an empty or new folder, or into a previous export.</source>
        <translation>%1 不是空文件夹,也不是 Newsdesk 站点包(没有 %2),因此不会改动它:请导出到空的或新的文件夹,或以前导出的位置。</translation>
    </message>
    <message>
        <source>%1 holds no previous export, so everything was exported.</source>
        <translation>%1 中没有上次导出的站点包,因此导出了全部内容。</translation>
    </message>
    <message>
        <source>The previous manifest cannot be used (%1), so everything was exported.</source>
        <translation>无法使用上次的清单(%1),因此导出了全部内容。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1:%2。</translation>
    </message>
    <message>
        <source>%1 does not hold %2 where its manifest says; export in full instead.</source>
        <translation>%1 中没有清单所说的 %2;请改用完整导出。</translation>
    </message>
    <message>
        <source>Cannot move the new zip file to %1: %2.</source>
        <translation>无法把新的 zip 文件移到 %1:%2。</translation>
    </message>
    <message>
        <source>exported to %1</source>
        <translation>导出到 %1</translation>
    </message>
    <message>
        <source>The site has no base URL (Library &gt; Site Settings, or --base-url): the feeds and the sitemap need one and were left out.</source>
        <translation>站点没有网站地址(文章库 &gt; 站点设置,或 --base-url):订阅源和站点地图需要它,因此没有生成。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 files written, %3 unchanged, %4 removed; %n newly published</source>
        <translation>
            <numerusform>%1：写入 %2 个文件，未变 %3 个，删除 %4 个；新发布 %n 篇</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::FigureDialog</name>
    <message>
        <source>Photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>新华社记者鞠鹏摄</source>
        <translation>新华社记者鞠鹏摄</translation>
    </message>
    <message>
        <source>What the photo shows, for readers who cannot see it</source>
        <translation>照片的内容，供看不到图片的读者使用</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>图注(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation>署名(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Alternative text:</source>
        <translation>替代文字(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>Newsdesk::FigureInserter</name>
    <message>
        <source>%1 cannot be added: no library is open to keep the photo.</source>
        <translation>无法添加 %1：没有打开的资料库来保存照片。</translation>
    </message>
    <message>
        <source>Insert Photo</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>图像 (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <source>Put the cursor in a photo to edit its caption and credit.</source>
        <translation>请把光标放在图片中以编辑其图注和署名。</translation>
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
    <name>Newsdesk::FindBar</name>
    <message>
        <source>Re&amp;gex</source>
        <translation>正则表达式(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Whole word</source>
        <translation>全词匹配(&amp;W)</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一个(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一个(&amp;P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation>无效的表达式：%1</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
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
    <name>Newsdesk::FormatActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>段落(&amp;P)</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>二级标题(&amp;2)</translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation>三级标题(&amp;3)</translation>
    </message>
    <message>
        <source>Heading &amp;4</source>
        <translation>四级标题(&amp;4)</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>加粗(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>斜体(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>下划线(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Strikethrough</source>
        <translation>删除线(&amp;S)</translation>
    </message>
    <message>
        <source>Su&amp;bscript</source>
        <translation>下标(&amp;B)</translation>
    </message>
    <message>
        <source>Su&amp;perscript</source>
        <translation>上标(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>链接(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Clear Formatting</source>
        <translation>清除格式(&amp;C)</translation>
    </message>
    <message>
        <source>B&amp;ullet List</source>
        <translation>项目符号列表(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>编号列表(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Indent List Item</source>
        <translation>增加列表缩进(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Outdent List Item</source>
        <translation>减少列表缩进(&amp;O)</translation>
    </message>
    <message>
        <source>Block &amp;Quote</source>
        <translation>引用(&amp;Q)</translation>
    </message>
    <message>
        <source>Insert &amp;Photo…</source>
        <translation>插入图片(&amp;P)…</translation>
    </message>
    <message>
        <source>Edit &amp;Figure…</source>
        <translation>编辑图片(&amp;F)…</translation>
    </message>
    <message>
        <source>Horizontal &amp;Rule</source>
        <translation>水平线(&amp;R)</translation>
    </message>
    <message>
        <source>Page Brea&amp;k (分页)</source>
        <translation>分页(&amp;K)</translation>
    </message>
    <message>
        <source>Insert &amp;Table…</source>
        <translation>插入表格(&amp;T)…</translation>
    </message>
    <message>
        <source>Add Row Below</source>
        <translation>在下方添加行</translation>
    </message>
    <message>
        <source>Add Column Right</source>
        <translation>在右侧添加列</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Remove Column</source>
        <translation>删除列</translation>
    </message>
    <message>
        <source>Header Row</source>
        <translation>表头行</translation>
    </message>
    <message>
        <source>Type the next page&apos;s title in the page break.</source>
        <translation>在分页处输入下一页的标题。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::FrontMatter</name>
    <message>
        <source>%1, front matter line %2: the JSON front matter opened here is never closed with “}”</source>
        <translation>%1，前置元数据第 %2 行：此处开始的 JSON 前置元数据没有以“}”结束</translation>
    </message>
    <message>
        <source>%1, front matter line 1: the front matter opened here is never closed with “%2”</source>
        <translation>%1，前置元数据第 1 行：此处开始的前置元数据没有以“%2”结束</translation>
    </message>
    <message>
        <source>%1, front matter line %2: %3</source>
        <translation>%1，前置元数据第 %2 行：%3</translation>
    </message>
    <message>
        <source>the front matter is not a set of keys and values</source>
        <translation>前置元数据不是一组键和值</translation>
    </message>
    <message>
        <source>the front matter holds more than %L1 values</source>
        <translation>前置元数据包含的值超过 %L1 个</translation>
    </message>
</context>
<context>
    <name>Newsdesk::FrontMatterMapping</name>
    <message>
        <source>The date “%1” is not a date; the date in the file name is used.</source>
        <translation>“%1”不是日期；已使用文件名中的日期。</translation>
    </message>
    <message>
        <source>The date “%1” is not a date; the article has no publish time.</source>
        <translation>“%1”不是日期；稿件没有发布时间。</translation>
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
    <message>
        <source>The library to open: a file or a postgresql:// URL.</source>
        <translation>要打开的资料库：文件或 postgresql:// 地址。</translation>
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
    <name>Newsdesk::HistoryView</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>恢复此版本(&amp;R)</translation>
    </message>
    <message>
        <source>Bring back the content of the selected version as a new version; the state of the article stays as it is</source>
        <translation>把所选版本的内容恢复为一个新版本；文章的状态保持不变</translation>
    </message>
    <message>
        <source>Version %1 (%2, %3)</source>
        <translation>版本 %1（%2，%3）</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Select one version to see what it changed, or two to compare them.</source>
        <translation>选择一个版本查看它改了什么，或选择两个版本进行比较。</translation>
    </message>
    <message>
        <source>Version %1 against the version before it.</source>
        <translation>版本 %1 与其上一版本比较。</translation>
    </message>
    <message>
        <source>Version %1 against version %2.</source>
        <translation>版本 %1 与版本 %2 比较。</translation>
    </message>
    <message>
        <source>Sign in to restore a version.</source>
        <translation>登录后才能恢复版本。</translation>
    </message>
    <message>
        <source>Version %1 was not restored: %2</source>
        <translation>版本 %1 未能恢复：%2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::HtmlPageReader</name>
    <message>
        <source>%1: no article text found (the page has no article, main content or block of paragraphs).</source>
        <translation>%1：未找到正文(网页中没有 article、主要内容或成段的文字)。</translation>
    </message>
    <message>
        <source>The time “%1” is not a date; the article has no publish time from it.</source>
        <translation>时间“%1”不是日期；稿件未从中取得发布时间。</translation>
    </message>
    <message>
        <source>The page has no title.</source>
        <translation>网页没有标题。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImageFormat</name>
    <message>
        <source>it has no image data</source>
        <translation>其中没有图像数据</translation>
    </message>
    <message>
        <source>the end-of-image marker is missing</source>
        <translation>缺少图像结束标记</translation>
    </message>
    <message>
        <source>its %1 chunk is cut off</source>
        <translation>其 %1 数据块被截断</translation>
    </message>
    <message>
        <source>the IEND chunk is missing</source>
        <translation>缺少 IEND 数据块</translation>
    </message>
    <message>
        <source>the GIF trailer is missing</source>
        <translation>缺少 GIF 结束符</translation>
    </message>
    <message>
        <source>it holds %1 of the %2 bytes its header announces</source>
        <translation>只有文件头声明的 %2 字节中的 %1 字节</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportChannels</name>
    <message>
        <source>The library %1 has no channels to import into.</source>
        <translation>稿件库 %1 没有可导入的栏目。</translation>
    </message>
    <message>
        <source>There is no channel %1 and only chief editors may add channels: put in %2.</source>
        <translation>没有栏目 %1，且只有主编可以添加栏目：已放入 %2。</translation>
    </message>
    <message>
        <source>would add the channel %1</source>
        <translation>将添加栏目 %1</translation>
    </message>
    <message>
        <source>It names no channel of the library: put in %1.</source>
        <translation>未指明稿件库中的栏目：已放入 %1。</translation>
    </message>
    <message>
        <source>There is no channel “%1” in %2 (give names or slugs from the top, such as “资讯/热点”).</source>
        <translation>%2 中没有栏目“%1”(请从顶层起给出名称或别名，例如“资讯/热点”)。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportCommand</name>
    <message>
        <source>say who imports with --as USER (the articles become their drafts).</source>
        <translation>请用 --as USER 指明由谁导入(稿件将成为其草稿)。</translation>
    </message>
    <message>
        <source>The library to import into.</source>
        <translation>导入到的稿件库。</translation>
    </message>
    <message>
        <source>Put every article in this channel: names or slugs from the top, such as 资讯/热点 (else where each page&apos;s breadcrumb or categories say).</source>
        <translation>把所有稿件放入此栏目：从顶层起的名称或别名，例如 资讯/热点(否则按各网页的面包屑或分类放置)。</translation>
    </message>
    <message>
        <source>Import as this person: the articles become their drafts (the password in %1, or on standard input with --password-stdin).</source>
        <translation>以此人的身份导入：稿件将成为其草稿(密码放在 %1 中，或配合 --password-stdin 从标准输入读取)。</translation>
    </message>
    <message>
        <source>Read the password of --as from standard input.</source>
        <translation>从标准输入读取 --as 的密码。</translation>
    </message>
    <message>
        <source>Submit the articles for review (not those their file marks as drafts).</source>
        <translation>将稿件送审(文件标为草稿的除外)。</translation>
    </message>
    <message>
        <source>Read everything and report what would happen; write nothing.</source>
        <translation>读取全部内容并报告将会发生什么；不写入任何内容。</translation>
    </message>
    <message>
        <source>Print the report as a JSON object.</source>
        <translation>以 JSON 对象输出报告。</translation>
    </message>
    <message>
        <source>Files, folders (read recursively) and .zip or .tar.gz archives of portal pages (.html), Markdown (.md) and text (.txt).</source>
        <translation>门户网页(.html)、Markdown(.md)和文本(.txt)的文件、文件夹(递归读取)以及 .zip 或 .tar.gz 压缩包。</translation>
    </message>
    <message>
        <source>--library LIB is required.</source>
        <translation>必须给出 --library LIB。</translation>
    </message>
    <message>
        <source>give the files, folders or archives to import.</source>
        <translation>请给出要导入的文件、文件夹或压缩包。</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读取中</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>导入中</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportDialog</name>
    <message>
        <source>Import Articles</source>
        <translation>导入稿件</translation>
    </message>
    <message>
        <source>Portal pages (.html, also GBK and Big5), Markdown with Hugo or Jekyll front matter (.md), text files (.txt), whole folders and .zip or .tar.gz archives. Images beside the pages become media. Importing the same files again updates their articles.</source>
        <translation>门户网页(.html，也支持 GBK 和 Big5)、带 Hugo 或 Jekyll 前置元数据的 Markdown(.md)、文本文件(.txt)、整个文件夹以及 .zip 或 .tar.gz 压缩包。网页旁的图片会成为媒体。再次导入相同的文件会更新对应的稿件。</translation>
    </message>
    <message>
        <source>Files and folders to import</source>
        <translation>要导入的文件和文件夹</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>&amp;Submit for review (not items marked as drafts)</source>
        <translation>送审(&amp;S)(标为草稿的除外)</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>栏目(&amp;C)：</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>C&amp;heck (Dry Run)</source>
        <translation>检查(试运行)(&amp;H)</translation>
    </message>
    <message>
        <source>Read everything and show what would happen, without writing</source>
        <translation>读取全部内容并显示将会发生什么，不写入</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Where each item says (breadcrumb, categories, folder)</source>
        <translation>按各项自身所示(面包屑、分类、文件夹)</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Pages, Markdown, text and archives (*.html *.htm *.shtml *.md *.markdown *.txt *.zip *.tar.gz *.tgz *.tar);;All files (*)</source>
        <translation>网页、Markdown、文本和压缩包 (*.html *.htm *.shtml *.md *.markdown *.txt *.zip *.tar.gz *.tgz *.tar);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Open a library and sign in to import.</source>
        <translation>请先打开稿件库并登录再导入。</translation>
    </message>
    <message>
        <source>Add the files, folders or archives to import first.</source>
        <translation>请先添加要导入的文件、文件夹或压缩包。</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Stopping after the file being written…</source>
        <translation>写完当前文件后停止…</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportPreparer</name>
    <message>
        <source>larger than %1 MiB: not an article page</source>
        <translation>大于 %1 MiB：不是稿件网页</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportReport</name>
    <message>
        <source>would import</source>
        <translation>将导入</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>would update</source>
        <translation>将更新</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Dry run: would import %1, update %2; %3 unchanged, %4 skipped; nothing was written.</source>
        <translation>试运行：将导入 %1 篇，更新 %2 篇；%3 篇未变，跳过 %4 项；未写入任何内容。</translation>
    </message>
    <message>
        <source>Imported %1, updated %2; %3 unchanged, %4 skipped.</source>
        <translation>已导入 %1 篇，更新 %2 篇；%3 篇未变，跳过 %4 项。</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 items; importing again continues where this stopped.</source>
        <translation>已在 %2 项中的第 %1 项后取消；再次导入会从停下处继续。</translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s) kept as links to other sites.</source>
        <translation>
            <numerusform>%n 张远程图片保留为指向其他网站的链接。</numerusform>
        </translation>
    </message>
    <message>
        <source>remote image: %1</source>
        <translation>远程图片：%1</translation>
    </message>
    <message>
        <source>would add the channel %1</source>
        <translation>将添加栏目 %1</translation>
    </message>
    <message>
        <source>added the channel %1</source>
        <translation>已添加栏目 %1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportReportView</name>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>What happened to each file; activate a row to open its article.</source>
        <translation>每个文件的处理结果；激活一行可打开其稿件。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>稿件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>remote image kept as a link: %1</source>
        <translation>远程图片保留为链接：%1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportRun</name>
    <message>
        <source>the import was cancelled</source>
        <translation>导入已取消</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportScanner</name>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>a symbolic link: not followed</source>
        <translation>符号链接：未跟随</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to unpack “%1”: %2</source>
        <translation>无法创建临时文件夹来解压“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1” to unpack “%2”.</source>
        <translation>无法创建文件夹“%1”来解压“%2”。</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>not a page, Markdown or text file (.html, .md, .txt) nor an archive (.zip, .tar.gz)</source>
        <translation>既不是网页、Markdown 或文本文件(.html、.md、.txt)，也不是压缩包(.zip、.tar.gz)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportWriter</name>
    <message>
        <source>The channel chosen for the import (%1) no longer exists.</source>
        <translation>为导入选择的栏目(%1)已不存在。</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>editor: %1</source>
        <translation>编辑：%1</translation>
    </message>
    <message>
        <source>approved in the old system by %1</source>
        <translation>原系统中的责任编辑：%1</translation>
    </message>
    <message>
        <source>image %1 left out: %2</source>
        <translation>图片 %1 未导入：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not found beside the file were left out.</source>
        <translation>
            <numerusform>文件旁找不到的 %n 张图片未导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>no title found</source>
        <translation>未找到标题</translation>
    </message>
    <message>
        <source>imported on %1, not changed since</source>
        <translation>已于 %1 导入，此后未改动</translation>
    </message>
    <message>
        <source>the same file as %1, imported before</source>
        <translation>与此前导入的 %1 是同一文件</translation>
    </message>
    <message>
        <source>its article #%1 is in the trash: restore it to import this again</source>
        <translation>其稿件 #%1 在回收站中：恢复后才能再次导入</translation>
    </message>
    <message>
        <source>kept as a draft: the file marks it as one</source>
        <translation>保留为草稿：文件将其标为草稿</translation>
    </message>
</context>
<context>
    <name>Newsdesk::InitCommand</name>
    <message>
        <source>Fill it with the demo newsroom.</source>
        <translation>填入演示编辑部的内容。</translation>
    </message>
    <message>
        <source>How many articles to generate for the demo newsroom (default %1).</source>
        <translation>为演示编辑部生成的文章数量（默认 %1）。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
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
        <source>--articles needs a whole number from 0 to %1, not &quot;%2&quot;.</source>
        <translation>--articles 需要 0 到 %1 之间的整数，而不是“%2”。</translation>
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
        <source>Created the empty library %1 with the administrator &quot;%2&quot;.</source>
        <translation>已新建空资料库 %1，管理员为“%2”。</translation>
    </message>
    <message>
        <source>The library to create: a new file, or an empty PostgreSQL database (postgresql://OWNER@HOST:PORT/DB, run by its owner; on a database that already holds a library, init brings its format up to date).</source>
        <translation>要创建的资料库：一个新文件，或一个空的 PostgreSQL 数据库（postgresql://所有者@主机:端口/数据库，由数据库所有者运行；若数据库中已有资料库，init 会将其格式更新到最新）。</translation>
    </message>
    <message>
        <source>name the database&apos;s owner in the address: postgresql://OWNER@HOST/DB.</source>
        <translation>请在地址中写明数据库所有者：postgresql://所有者@主机/数据库。</translation>
    </message>
    <message>
        <source>Give each person a login with &quot;newsdesk users --library %1 add NAME --role editor|chief|admin --password-stdin&quot; (or users passwd NAME for the people already listed).</source>
        <translation>请用“newsdesk users --library %1 add 姓名 --role editor|chief|admin --password-stdin”为每个人创建登录（已列出的人员用 users passwd 姓名）。</translation>
    </message>
    <message>
        <source>%1 already holds a Newsdesk library; its format is up to date (%2).</source>
        <translation>%1 中已有 Newsdesk 资料库，格式已是最新（%2）。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::LeaseRepository</name>
    <message>
        <source>being edited by %1 since %2</source>
        <translation>%1 自 %2 起正在编辑</translation>
    </message>
    <message>
        <source>The article is %1; its lease ends at %2 unless renewed.</source>
        <translation>该文章：%1；如不续期，编辑锁定于 %2 到期。</translation>
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
    <message>
        <source>%1 is not a Newsdesk library yet. Its owner creates one there with &quot;newsdesk init --library %1&quot;.</source>
        <translation>%1 还不是 Newsdesk 资料库。请由数据库所有者运行“newsdesk init --library %1”创建。</translation>
    </message>
    <message>
        <source>%1 has library format %2 and this Newsdesk needs %3; the database&apos;s owner updates it with &quot;newsdesk init --library %1&quot;. (%4)</source>
        <translation>%1 的资料库格式为 %2，此版本 Newsdesk 需要 %3；请由数据库所有者运行“newsdesk init --library %1”更新。（%4）</translation>
    </message>
    <message>
        <source>%1 already holds a Newsdesk library; it was left as it is.</source>
        <translation>%1 中已有 Newsdesk 资料库，未作任何改动。</translation>
    </message>
    <message>
        <source>%1: %2 is not one of this library&apos;s people (their login has none of its roles). The database&apos;s owner adds them with &quot;newsdesk users --library … passwd %2&quot; or &quot;add&quot;.</source>
        <translation>%1：%2 不是这个资料库的成员（其登录没有资料库的任何角色）。请由数据库所有者用“newsdesk users --library … passwd %2”或“add”添加。</translation>
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
    <message>
        <source>Open a library before signing in.</source>
        <translation>请先打开资料库再登录。</translation>
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
    <message>
        <source>Article details and preview</source>
        <translation>稿件详情与预览</translation>
    </message>
</context>
<context>
    <name>Newsdesk::LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>删除链接(&amp;R)</translation>
    </message>
    <message>
        <source>Enter the address the link goes to.</source>
        <translation>请输入链接指向的地址。</translation>
    </message>
    <message>
        <source>“%1” cannot be a link: links may go to http, https and mailto addresses or to a path on this site.</source>
        <translation>“%1”不能作为链接：链接只能指向 http、https、mailto 地址或本站路径。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::LiveUpdates</name>
    <message>
        <source>This article was deleted elsewhere. Save a copy to keep the text.</source>
        <translation>此稿件已在别处被删除。另存副本即可保留这些文字。</translation>
    </message>
    <message>
        <source>Someone else saved version %1 of this article at %2. Saving here shows both versions first.</source>
        <translation>他人已于 %2 保存了此稿件的第 %1 版。在此保存时会先显示两个版本。</translation>
    </message>
    <message>
        <source>%1 saved version %2 of this article at %3. Saving here shows both versions first.</source>
        <translation>%1 已于 %3 保存了此稿件的第 %2 版。在此保存时会先显示两个版本。</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Not live</source>
        <translation>非实时</translation>
    </message>
    <message>
        <source>Changes made on other desktops show here within a second.</source>
        <translation>其他电脑上的修改会在一秒内显示在这里。</translation>
    </message>
    <message>
        <source>This window cannot follow other desktops&apos; changes (the library did not accept listening). Use Refresh (F5) to see them.</source>
        <translation>此窗口无法跟随其他电脑上的修改（资料库不接受监听）。请用“刷新”（F5）查看。</translation>
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
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>格式(&amp;O)</translation>
    </message>
    <message>
        <source>Site exported to %1</source>
        <translation>站点已导出到 %1</translation>
    </message>
    <message>
        <source>Takes the role %1.</source>
        <translation>需要%1角色。</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>An article with unsaved changes is still open; the library was not changed.</source>
        <translation>仍有含未保存修改的文章开着，资料库未切换。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Manifest</name>
    <message>
        <source>%1 is not valid JSON at byte %2: %3.</source>
        <translation>%1 在第 %2 字节处不是有效的 JSON:%3。</translation>
    </message>
    <message>
        <source>%1 has manifest format %2; this Newsdesk reads format %3.</source>
        <translation>%1 的清单格式为 %2;此版本 Newsdesk 读取格式 %3。</translation>
    </message>
    <message>
        <source>%1 lists a file without a path or SHA-256: %2.</source>
        <translation>%1 中有一个文件没有路径或 SHA-256:%2。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ManualBrowser</name>
    <message>
        <source>Manual page</source>
        <translation>手册页面</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ManualWindow</name>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <source>Manual language</source>
        <translation>手册语言</translation>
    </message>
    <message>
        <source>The manual is not installed</source>
        <translation>没有安装用户手册</translation>
    </message>
    <message>
        <source>Newsdesk looked for it in these folders. Installing the newsdesk package puts it in /usr/share/doc/newsdesk/manual.</source>
        <translation>Newsdesk 在以下文件夹中查找过手册。安装 newsdesk 软件包后，手册位于 /usr/share/doc/newsdesk/manual。</translation>
    </message>
    <message>
        <source>Newsdesk Manual</source>
        <translation>Newsdesk 用户手册</translation>
    </message>
    <message>
        <source>%1 — User Manual</source>
        <translation>%1 — 用户手册</translation>
    </message>
</context>
<context>
    <name>Newsdesk::MarkdownReader</name>
    <message>
        <source>The file is not all UTF-8 text; what is not was replaced with “�”.</source>
        <translation>文件并非全部是 UTF-8 文本；无法识别的部分已替换为“�”。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::MediaImporter</name>
    <message>
        <source>%1 could not be converted to %2 (%3).</source>
        <translation>%1 无法转换为 %2（%3）。</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no image.</source>
        <translation>%1 是空的：其中没有图像。</translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MB; at most %3 MB).</source>
        <translation>%1 太大，无法导入（%2 MB；最多 %3 MB）。</translation>
    </message>
    <message>
        <source>%1 is a %2 image; Newsdesk accepts JPEG, PNG, GIF and WebP images.</source>
        <translation>%1 是 %2 图像；Newsdesk 接受 JPEG、PNG、GIF 和 WebP 图像。</translation>
    </message>
    <message>
        <source>%1 is not an image: it is none of JPEG, PNG, GIF or WebP.</source>
        <translation>%1 不是图像：它不是 JPEG、PNG、GIF 或 WebP。</translation>
    </message>
    <message>
        <source>%1 is a %2 image, but this system cannot read %2 images (install the Qt image format plugins: qt6-image-formats-plugins).</source>
        <translation>%1 是 %2 图像，但本系统无法读取 %2 图像（请安装 Qt 图像格式插件：qt6-image-formats-plugins）。</translation>
    </message>
    <message>
        <source>%1 is an incomplete %2 image (%3); it may have been cut off while copying or downloading.</source>
        <translation>%1 是不完整的 %2 图像（%3）；可能在复制或下载时被截断。</translation>
    </message>
    <message>
        <source>%1 is a damaged %2 image: its size cannot be read.</source>
        <translation>%1 是损坏的 %2 图像：无法读取其尺寸。</translation>
    </message>
    <message>
        <source>%1 claims to be %2 × %3 pixels (%4 megapixels), more than the %5 megapixels Newsdesk accepts; it was not opened, as it could exhaust the memory (a decompression bomb).</source>
        <translation>%1 声称有 %2 × %3 像素（%4 百万像素），超过 Newsdesk 接受的 %5 百万像素；为免耗尽内存（解压炸弹），未打开它。</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels; decoding it would take %4 MB, more than the %5 MB Newsdesk allows. Save it as a JPEG or a smaller image first.</source>
        <translation>%1 有 %2 × %3 像素；解码需要 %4 MB，超过 Newsdesk 允许的 %5 MB。请先另存为 JPEG 或更小的图像。</translation>
    </message>
    <message>
        <source>%1 is a damaged %2 image and cannot be decoded (%3).</source>
        <translation>%1 是损坏的 %2 图像，无法解码（%3）。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
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
    <name>Newsdesk::MediaVariants</name>
    <message>
        <source>Media %1 (%2): its %3 px variant could not be written (%4).</source>
        <translation>媒体 %1(%2):无法写出其 %3 像素的缩放版本(%4)。</translation>
    </message>
    <message>
        <source>Media %1 (%2) has no resized variants: it is %3 px wide (%4).</source>
        <translation>媒体 %1(%2)没有缩放版本:它宽 %3 像素(%4)。</translation>
    </message>
    <message>
        <source>Media %1 (%2)</source>
        <translation>媒体 %1(%2)</translation>
    </message>
    <message>
        <source>Media %1 (%2) has no %3 px variant (it offers: %4).</source>
        <translation>媒体 %1(%2)没有 %3 像素的缩放版本(可用的:%4)。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Migrator</name>
    <message>
        <source>%1 has an invalid schema version &quot;%2&quot; in newsdesk_meta.</source>
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
    <name>Newsdesk::OptionalDateTimeEdit</name>
    <message>
        <source>Set %1</source>
        <translation>设置%1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::PasswordDialog</name>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the same one twice.</source>
        <translation>两次输入的新密码不一致：请输入相同的密码两次。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Passwords</name>
    <message>
        <source>A password needs at least %1 characters; this one has %2.</source>
        <translation>密码至少需要 %1 个字符；这个密码只有 %2 个。</translation>
    </message>
    <message>
        <source>The password library (libsodium) cannot start.</source>
        <translation>密码库（libsodium）无法启动。</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password (Argon2id needs %1 MiB).</source>
        <translation>内存不足，无法计算密码散列（Argon2id 需要 %1 MiB）。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::PasteController</name>
    <message>
        <source>pasted image</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <source>pasted image %1</source>
        <translation>粘贴的图片 %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n pasted photo(s) to the library.</source>
        <translation>
            <numerusform>已将 %n 张粘贴的图片加入资料库。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::PeopleActions</name>
    <message>
        <source>%1 has no password yet: set one in Library &gt; Manage Users….</source>
        <translation>%1 还没有密码：请在“资料库 &gt; 管理用户…”中设置。</translation>
    </message>
    <message>
        <source>Nobody is signed in: use File &gt; Switch User… to sign in.</source>
        <translation>尚无人登录：请用“文件 &gt; 切换用户…”登录。</translation>
    </message>
    <message>
        <source>Set Your Password</source>
        <translation>设置你的密码</translation>
    </message>
    <message>
        <source>You are %1 and your account has no password yet: anyone could sign in as you. Set a password now?</source>
        <translation>你是 %1，你的账户还没有密码：任何人都能以你的身份登录。现在设置密码吗？</translation>
    </message>
    <message>
        <source>Your password is set.</source>
        <translation>你的密码已设置。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Permissions</name>
    <message>
        <source>write articles</source>
        <translation>撰写文章</translation>
    </message>
    <message>
        <source>edit other people&apos;s articles</source>
        <translation>编辑他人的文章</translation>
    </message>
    <message>
        <source>approve, return or withdraw articles</source>
        <translation>审核通过、退回或撤稿</translation>
    </message>
    <message>
        <source>arrange the front page (headline, slides, recommended)</source>
        <translation>编排首页（头条、幻灯、推荐）</translation>
    </message>
    <message>
        <source>manage channels and tags</source>
        <translation>管理栏目和标签</translation>
    </message>
    <message>
        <source>export the site</source>
        <translation>导出站点</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>change the site settings</source>
        <translation>修改站点设置</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看操作日志</translation>
    </message>
    <message>
        <source>%1&apos;s account is deactivated.</source>
        <translation>%1 的账户已停用。</translation>
    </message>
    <message>
        <source>%1 (%2) cannot %3: that takes the role %4.</source>
        <translation>%1（%2）不能%3：这需要%4角色。</translation>
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
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Photos longer than this on their longest side are reduced when they are added to an article.</source>
        <translation>最长边超过此值的照片在加入文章时会被缩小。</translation>
    </message>
    <message>
        <source>Largest &amp;image side:</source>
        <translation>图片最长边(&amp;I)：</translation>
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
    <name>Newsdesk::PublicationRepository</name>
    <message>
        <source>Article %1 &quot;%2&quot; does not match what was approved: its approval hash is %3, but the text to be published hashes to %4. It was changed outside the workflow, so it is not published; a chief editor must review and approve it again.</source>
        <translation>文章 %1“%2”与审核通过的内容不一致：审核时的散列值为 %3，而待发布文本的散列值为 %4。它在审核流程之外被改动过，因此不予发布；须由责任编辑重新审核通过。</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Article %1 &quot;%2&quot; has no approved revision %3 to publish.</source>
        <translation>文章 %1“%2”没有可发布的已审版本 %3。</translation>
    </message>
    <message>
        <source>revision %1 of article %2</source>
        <translation>文章 %2 的版本 %1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::PublishingForm</name>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>栏目(&amp;N)：</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>属性：</translation>
    </message>
    <message>
        <source>Redirect URL:</source>
        <translation>跳转网址：</translation>
    </message>
    <message>
        <source>Higher weights come first in lists</source>
        <translation>权重越高，在列表中越靠前</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Publish time:</source>
        <translation>发布时间(&amp;P)：</translation>
    </message>
    <message>
        <source>E&amp;xpiry:</source>
        <translation>过期时间(&amp;X)：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>文件名：</translation>
    </message>
    <message>
        <source>Cover image:</source>
        <translation>封面图片：</translation>
    </message>
    <message>
        <source>The channel the article appears in</source>
        <translation>文章所在的栏目</translation>
    </message>
    <message>
        <source>Secondary channels</source>
        <translation>副栏目</translation>
    </message>
    <message>
        <source>Add Secondary…</source>
        <translation>添加副栏目…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Choose a Channel…</source>
        <translation>选择栏目…</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>The channel the article appears in:</source>
        <translation>文章所在的栏目：</translation>
    </message>
    <message>
        <source>Secondary Channel</source>
        <translation>副栏目</translation>
    </message>
    <message>
        <source>Another channel the article is also listed in:</source>
        <translation>文章同时列入的另一个栏目：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Image #%1 (not in the body)</source>
        <translation>图片 #%1（不在正文中）</translation>
    </message>
    <message>
        <source>Only a chief editor arranges the front page</source>
        <translation>只有责任编辑可以安排首页</translation>
    </message>
    <message>
        <source>Publish time</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>过期时间</translation>
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
    <name>Newsdesk::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Articles</source>
        <translation>恢复未保存的文章</translation>
    </message>
    <message>
        <source>Newsdesk closed without saving these articles. Restore them to keep editing, compare them with the saved version, or discard them. Articles you do not decide on now are offered again next time.</source>
        <translation>Newsdesk 关闭时这些文章尚未保存。你可以恢复它们继续编辑、与已保存的版本比较，或者丢弃。现在未处理的文章下次会再次提供。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>自动保存于</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>new, never saved</source>
        <translation>新文章，从未保存</translation>
    </message>
    <message>
        <source>#%1, from version %2</source>
        <translation>#%1，基于版本 %2</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>丢弃(&amp;D)…</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>稍后决定(&amp;L)</translation>
    </message>
    <message>
        <source>Discard Unsaved Edits</source>
        <translation>丢弃未保存的修改</translation>
    </message>
    <message numerus="yes">
        <source>Discard the unsaved edits of %n article(s)? They cannot be recovered afterwards.</source>
        <translation>
            <numerusform>丢弃 %n 篇文章未保存的修改吗？丢弃后无法恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare Recovered Edits</source>
        <translation>比较恢复的修改</translation>
    </message>
    <message>
        <source>Saved (version %1)</source>
        <translation>已保存（版本 %1）</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>恢复的</translation>
    </message>
</context>
<context>
    <name>Newsdesk::RecoveryStore</name>
    <message>
        <source>The recovery store %1 is a folder, not a file.</source>
        <translation>恢复存储 %1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the recovery store.</source>
        <translation>无法为恢复存储创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The recovery store %1 cannot be opened: %2</source>
        <translation>无法打开恢复存储 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Newsdesk recovery store; it was left as it is.</source>
        <translation>%1 不是 Newsdesk 恢复存储；未对其做任何改动。</translation>
    </message>
    <message>
        <source>The recovery store %1 is damaged or is not an SQLite file.</source>
        <translation>恢复存储 %1 已损坏或不是 SQLite 文件。</translation>
    </message>
    <message>
        <source>The recovery store %1 cannot be used: %2</source>
        <translation>无法使用恢复存储 %1：%2</translation>
    </message>
    <message>
        <source>Cannot move the recovery store %1 out of the way to %2.</source>
        <translation>无法把恢复存储 %1 移到 %2。</translation>
    </message>
    <message>
        <source>the recovery store %1 (%2)</source>
        <translation>恢复存储 %1（%2）</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Renderer</name>
    <message>
        <source>&quot;%1&quot; has no page %2 (it has %3).</source>
        <translation>“%1”没有第 %2 页（共 %3 页）。</translation>
    </message>
    <message>
        <source>There is no channel %1 with list pages.</source>
        <translation>没有带列表页的栏目 %1。</translation>
    </message>
    <message>
        <source>No live article carries the tag &quot;%1&quot;.</source>
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
    <name>Newsdesk::ReviewActions</name>
    <message>
        <source>No library is open</source>
        <translation>没有打开资料库</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>尚无人登录</translation>
    </message>
    <message>
        <source>Select articles in the library first</source>
        <translation>请先在资料库中选择文章</translation>
    </message>
    <message>
        <source>Select an article in the library first</source>
        <translation>请先在资料库中选择一篇文章</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n article(s) changed.</source>
        <translation>
            <numerusform>%1：已修改 %n 篇文章。</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Return to Author</source>
        <translation>退回作者</translation>
    </message>
    <message numerus="yes">
        <source>What should be changed? %n article(s) go back to their authors with this note.</source>
        <translation>
            <numerusform>需要修改什么？%n 篇文章将附此意见退回给作者。</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤稿</translation>
    </message>
    <message numerus="yes">
        <source>Why are %n article(s) withdrawn? The reason is kept in the notes and the audit log.</source>
        <translation>
            <numerusform>为什么撤下这 %n 篇文章？撤稿原因会记入批注和操作日志。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n article(s)? They leave the site at the next export.</source>
        <translation>
            <numerusform>撤下 %n 篇文章吗？下次导出时它们将从站点上撤下。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::ReviewCommand</name>
    <message>
        <source>The library.</source>
        <translation>资料库。</translation>
    </message>
    <message>
        <source>Who does it (a user of the library).</source>
        <translation>操作人（资料库中的用户）。</translation>
    </message>
    <message>
        <source>Read USER&apos;s password from one line of standard input (else from %1).</source>
        <translation>从标准输入的一行读取 USER 的密码（否则从 %1 读取）。</translation>
    </message>
    <message>
        <source>What the author should change (required).</source>
        <translation>作者应修改的内容（必填）。</translation>
    </message>
    <message>
        <source>Approve every article waiting for review.</source>
        <translation>审核通过所有待审文章。</translation>
    </message>
    <message>
        <source>The id of an article (newsdesk search shows ids).</source>
        <translation>文章编号（newsdesk search 会显示编号）。</translation>
    </message>
    <message>
        <source>--library LIB is required.</source>
        <translation>必须指定 --library LIB。</translation>
    </message>
    <message>
        <source>--as USER is required: say who does it.</source>
        <translation>必须指定 --as USER：说明由谁操作。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an article id.</source>
        <translation>“%1”不是文章编号。</translation>
    </message>
    <message>
        <source>give article ids or --all-submitted, not both.</source>
        <translation>请给出文章编号或 --all-submitted，不能同时给出。</translation>
    </message>
    <message>
        <source>give article ids or --all-submitted.</source>
        <translation>请给出文章编号或 --all-submitted。</translation>
    </message>
    <message>
        <source>give the ids of the articles.</source>
        <translation>请给出文章编号。</translation>
    </message>
    <message>
        <source>--comment TEXT is required: tell the author what to change.</source>
        <translation>必须指定 --comment TEXT：告诉作者要修改什么。</translation>
    </message>
    <message>
        <source>No article is waiting for review.</source>
        <translation>没有等待审核的文章。</translation>
    </message>
    <message>
        <source>Submitted %1 &quot;%2&quot;.</source>
        <translation>已提交审核 %1“%2”。</translation>
    </message>
    <message>
        <source>Approved %1 &quot;%2&quot;.</source>
        <translation>已审核通过 %1“%2”。</translation>
    </message>
    <message>
        <source>Returned %1 &quot;%2&quot;.</source>
        <translation>已退回 %1“%2”。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ReviewPanel</name>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>改动(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史版本(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>审核通过(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>退回(&amp;R)…</translation>
    </message>
    <message>
        <source>Restored as version %1.</source>
        <translation>已恢复为版本 %1。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>with</source>
        <translation>与</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>文章 %1</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>审核：%1</translation>
    </message>
    <message>
        <source>%1; an edit of it is %2 (the approved version stays live)</source>
        <translation>%1；其修改稿%2（已审版本仍在线）</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>在回收站中</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>submitted by %1 at %2</source>
        <translation>%1 于 %2 提交审核</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>Sign in as a chief editor to review.</source>
        <translation>请以责任编辑身份登录后审核。</translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation>无法读取该文章。</translation>
    </message>
    <message>
        <source>The article is in the trash.</source>
        <translation>该文章在回收站中。</translation>
    </message>
    <message>
        <source>The article is not waiting for review: it is %1.</source>
        <translation>该文章不在等待审核：它的状态是“%1”。</translation>
    </message>
    <message>
        <source>Approve version %1 as shown here</source>
        <translation>按此处显示的内容审核通过版本 %1</translation>
    </message>
    <message>
        <source>Send it back to its author with a note saying what to change</source>
        <translation>附意见退回给作者，说明需要修改什么</translation>
    </message>
    <message>
        <source>Version %1 — %2, %3</source>
        <translation>版本 %1 — %2，%3</translation>
    </message>
    <message>
        <source>[approved, live]</source>
        <translation>［已审，在线］</translation>
    </message>
    <message>
        <source>Approved: version %1 is what will be published.</source>
        <translation>已审核通过：将发布版本 %1。</translation>
    </message>
    <message>
        <source>Return to Author</source>
        <translation>退回作者</translation>
    </message>
    <message>
        <source>What should be changed in &quot;%1&quot;? The author reads this in the notes.</source>
        <translation>“%1”需要修改什么？作者会在批注中看到这条意见。</translation>
    </message>
    <message>
        <source>Returned to the author with your note (now version %1).</source>
        <translation>已附你的意见退回给作者（现为版本 %1）。</translation>
    </message>
    <message>
        <source>Nothing (everything in the article is new)</source>
        <translation>无（文章全部为新内容）</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ReviewQueueView</name>
    <message>
        <source>Review Queue</source>
        <translation>待审队列</translation>
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
        <source>Submitted by</source>
        <translation>提交人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Queue (%1)</source>
        <translation>待审队列（%1）</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>没有等待审核的文章。</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>review queue badge: a staged edit (改)</comment>
        <translation>改</translation>
    </message>
    <message>
        <source>An edit of a live article: the approved version stays published until this edit is approved.</source>
        <translation>已上线文章的修改稿：在此修改稿审核通过之前，已审版本保持发布。</translation>
    </message>
    <message>
        <source>%1
by %2 (version %3)</source>
        <translation>%1
%2（版本 %3）</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ReviewRepository</name>
    <message>
        <source>Article %1 has no version %2.</source>
        <translation>文章 %1 没有版本 %2。</translation>
    </message>
    <message>
        <source>version %1 of article %2</source>
        <translation>文章 %2 的版本 %1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::RevisionDiffView</name>
    <message>
        <source>&amp;Inline</source>
        <translation>合并显示(&amp;I)</translation>
    </message>
    <message>
        <source>Show removed and added text in one column</source>
        <translation>在一栏中显示删除和新增的文字</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>并排显示(&amp;S)</translation>
    </message>
    <message>
        <source>Show the two revisions in two columns</source>
        <translation>分两栏显示两个版本</translation>
    </message>
    <message>
        <source>Show &amp;unchanged fields</source>
        <translation>显示未改动的字段(&amp;U)</translation>
    </message>
    <message>
        <source>Show unchanged fields</source>
        <translation>显示未改动的字段</translation>
    </message>
    <message>
        <source>&amp;Collapse unchanged text</source>
        <translation>折叠未改动的文字(&amp;C)</translation>
    </message>
    <message>
        <source>Collapse unchanged text</source>
        <translation>折叠未改动的文字</translation>
    </message>
    <message>
        <source>Show only the body lines near a change</source>
        <translation>只显示正文中改动附近的行</translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation>改动摘要</translation>
    </message>
    <message>
        <source>Differences between the revisions</source>
        <translation>两个版本之间的差异</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>没有改动</translation>
    </message>
    <message numerus="yes">
        <source>Changes in %n field(s)</source>
        <translation>
            <numerusform>%n 个字段有改动</numerusform>
        </translation>
    </message>
    <message>
        <source>Formatting changes only</source>
        <translation>只有格式改动</translation>
    </message>
    <message>
        <source>%1, %2 in %3</source>
        <extracomment>The whole summary: &quot;12 characters added, 3 removed in 2 fields&quot;</extracomment>
        <translation>%3中%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) added</source>
        <translation>
            <numerusform>新增 %n 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>删除 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 个字段</numerusform>
        </translation>
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
    <name>Newsdesk::SafeArchive</name>
    <message>
        <source>%1 is not a .zip, .tar.gz, .tgz or .tar archive; nothing was imported.</source>
        <translation>%1 不是 .zip、.tar.gz、.tgz 或 .tar 压缩包；未导入任何内容。</translation>
    </message>
    <message>
        <source>Cannot unpack %1: the folder %2 does not exist.</source>
        <translation>无法解压 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot unpack %1: the folder %2 is not empty.</source>
        <translation>无法解压 %1：文件夹 %2 不是空的。</translation>
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
        <source>What to look for: Chinese words (扶贫), English words or their beginnings (pov), &quot;an exact phrase&quot;. An article must contain every term.</source>
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
        <source>--limit needs a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--limit 需要 1 到 %1 之间的整数，而不是“%2”。</translation>
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
        <source>No articles match &quot;%1&quot;.</source>
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
        <source>The search index of %1 is damaged. Rebuild it with &quot;newsdesk search --library %1 --rebuild&quot;.</source>
        <translation>%1 的搜索索引已损坏。请运行“newsdesk search --library %1 --rebuild”重建。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ServerLogins</name>
    <message>
        <source>%1: no PostgreSQL connection to hash a password with.</source>
        <translation>%1：没有可用于计算密码散列的 PostgreSQL 连接。</translation>
    </message>
    <message>
        <source>%1 could not hash the password of %2: %3</source>
        <translation>%1 无法计算 %2 的密码散列：%3</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ShortcodeExpander</name>
    <message>
        <source>A paragraph of more than %L1 bytes was read without its links and images.</source>
        <translation>一个超过 %L1 字节的段落在读取时未保留其中的链接和图片。</translation>
    </message>
    <message>
        <source>Links to other pages of the Hugo site (“%1”) were left out; their text is kept.</source>
        <translation>指向 Hugo 网站其他页面的链接(“%1”)未导入；保留了链接文字。</translation>
    </message>
    <message>
        <source>The Hugo shortcode “%1” is not supported and was left out.</source>
        <translation>不支持 Hugo 短代码“%1”，未导入。</translation>
    </message>
    <message>
        <source>A Hugo figure without an image (src) was left out.</source>
        <translation>没有图片(src)的 Hugo figure 未导入。</translation>
    </message>
    <message>
        <source>The Liquid tag “{% %1 %}” is not supported and was left out.</source>
        <translation>不支持 Liquid 标签“{% %1 %}”，未导入。</translation>
    </message>
    <message>
        <source>The Liquid output “{{ %1 }}” is not supported and was left out.</source>
        <translation>不支持 Liquid 输出“{{ %1 }}”，未导入。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F):</translation>
    </message>
    <message>
        <source>Action or key</source>
        <translation>操作或按键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SignIn</name>
    <message>
        <source>There is no user named &quot;%1&quot; in this library.</source>
        <translation>此资料库中没有名为“%1”的用户。</translation>
    </message>
    <message>
        <source>%1&apos;s account is deactivated; an administrator can reactivate it.</source>
        <translation>%1 的账户已停用；管理员可以重新启用。</translation>
    </message>
    <message>
        <source>%1&apos;s account has a password: give it to sign in.</source>
        <translation>%1 的账户设有密码：请输入密码登录。</translation>
    </message>
    <message>
        <source>Wrong password for %1.</source>
        <translation>%1 的密码错误。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SignInCli</name>
    <message>
        <source>%1&apos;s account has a password: give it in the %2 environment variable.</source>
        <translation>%1 的账户设有密码：请通过环境变量 %2 提供。</translation>
    </message>
    <message>
        <source>%1&apos;s account has a password: give it on standard input.</source>
        <translation>%1 的账户设有密码：请从标准输入提供。</translation>
    </message>
    <message>
        <source>%1&apos;s account is deactivated; an administrator can reactivate it.</source>
        <translation>%1 的账户已停用，管理员可以重新启用。</translation>
    </message>
    <message>
        <source>%1 is connected to %2 as %3 and cannot act as %4: connect as %4 instead.</source>
        <translation>%1 以 %3 的身份连接到 %2，不能以 %4 的身份操作：请改以 %4 的身份连接。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;Who are you?</source>
        <translation>你是谁(&amp;W)？</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>登录 %1。</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>无密码</translation>
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
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>ad slot %1 removed</source>
        <translation>已删除广告位 %1</translation>
    </message>
    <message>
        <source>ad slot %1</source>
        <translation>广告位 %1</translation>
    </message>
    <message>
        <source>ad slot %1 added</source>
        <translation>已添加广告位 %1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SiteSettingsCheck</name>
    <message>
        <source>The site needs a name.</source>
        <translation>站点需要名称。</translation>
    </message>
    <message>
        <source>The site name is %1 characters long; at most %2 fit in a page title.</source>
        <translation>站点名称有 %1 个字符；页面标题最多容纳 %2 个。</translation>
    </message>
    <message>
        <source>The footer is %1 characters long; at most %2 are allowed.</source>
        <translation>页脚有 %1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>The theme folder &quot;%1&quot; is not an absolute path; choose the folder again, or leave it empty for the default theme.</source>
        <translation>主题文件夹“%1”不是绝对路径；请重新选择文件夹，或留空以使用默认主题。</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not an absolute http or https address such as https://www.example.com/.</source>
        <translation>网址“%1”不是 https://www.example.com/ 这样的绝对 http 或 https 地址。</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; may not have a query (?…), a fragment (#…) or a user name.</source>
        <translation>网址“%1”不能带查询（?…）、片段（#…）或用户名。</translation>
    </message>
    <message>
        <source>The site needs a language, such as zh-CN or en.</source>
        <translation>站点需要语言，例如 zh-CN 或 en。</translation>
    </message>
    <message>
        <source> Language tags use a hyphen: %1.</source>
        <translation> 语言标记使用连字符：%1。</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not a BCP 47 language tag such as zh-CN or en.</source>
        <translation>语言“%1”不是 zh-CN 或 en 这样的 BCP 47 语言标记。</translation>
    </message>
    <message>
        <source>The ad slot &quot;%1&quot; needs a key (such as sidebar), which templates use to place it.</source>
        <translation>广告位“%1”需要一个键（例如 sidebar），模板用它来放置广告位。</translation>
    </message>
    <message>
        <source>The ad slot key &quot;%1&quot; may only hold lower-case letters a–z, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit.</source>
        <translation>广告位键“%1”只能包含小写字母 a–z、数字、“-”和“_”，须以字母或数字开头。</translation>
    </message>
    <message>
        <source>Two ad slots have the key &quot;%1&quot;; keys must differ.</source>
        <translation>有两个广告位的键都是“%1”；键必须互不相同。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SiteSettingsDialog</name>
    <message>
        <source>Site Settings</source>
        <translation>站点设置</translation>
    </message>
    <message>
        <source>The address the site is published at (http or https). Empty: pages link to each other relatively only.</source>
        <translation>站点发布的地址（http 或 https）。留空：页面之间只用相对链接。</translation>
    </message>
    <message>
        <source>The pages&apos; language as a BCP 47 tag, such as zh-CN or en.</source>
        <translation>页面语言的 BCP 47 标记，例如 zh-CN 或 en。</translation>
    </message>
    <message>
        <source>The built-in default theme</source>
        <translation>内置默认主题</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>默认(&amp;D)</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>站点名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>网址(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation>页脚(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Theme folder:</source>
        <translation>主题文件夹(&amp;T)：</translation>
    </message>
    <message>
        <source>Ad Slots</source>
        <translation>广告位</translation>
    </message>
    <message>
        <source>The built-in default theme.</source>
        <translation>内置默认主题。</translation>
    </message>
    <message>
        <source>The theme loads: every template compiles.</source>
        <translation>主题可以加载：所有模板均可编译。</translation>
    </message>
    <message>
        <source>Choose Theme Folder</source>
        <translation>选择主题文件夹</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>没有打开的资料库。</translation>
    </message>
    <message>
        <source>The theme folder cannot be used: %1</source>
        <translation>无法使用该主题文件夹：%1</translation>
    </message>
    <message>
        <source>The settings are saved. Ad slot HTML was cleaned:
%1</source>
        <translation>设置已保存。广告位 HTML 已清理：
%1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SourceView</name>
    <message>
        <source>Apply Cleaned HTML</source>
        <translation>应用清理后的 HTML</translation>
    </message>
    <message numerus="yes">
        <source>This HTML was not applied: cleaning it would drop %n character(s) or word(s) of text.</source>
        <translation>
            <numerusform>此 HTML 未应用：清理会丢掉 %n 个字或词。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the HTML, or apply the cleaned version.</source>
        <translation>请修正 HTML，或应用清理后的版本。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Staging</name>
    <message>
        <source>Cannot export to %1: the folder %2 does not exist.</source>
        <translation>无法导出到 %1:文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot export to %1: cannot create a folder in %2: %3.</source>
        <translation>无法导出到 %1:无法在 %2 中创建文件夹:%3。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2.</source>
        <translation>无法创建文件夹 %1:%2。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1:%2。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TableDialog</name>
    <message>
        <source>First row is a &amp;header row</source>
        <translation>第一行是表头(&amp;H)</translation>
    </message>
    <message>
        <source>Insert Table</source>
        <translation>插入表格</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>行数(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>列数(&amp;C)：</translation>
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
        <source>New name of &quot;%1&quot;:</source>
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
        <source>Delete the tag &quot;%1&quot;? %n article(s) will lose it.</source>
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
        <source>The tag &quot;%1&quot; already exists.</source>
        <translation>标签“%1”已存在。</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; already exists: merge &quot;%2&quot; into it instead.</source>
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
    <name>Newsdesk::Taxonomy</name>
    <message>
        <source>tag renamed to %1</source>
        <translation>标签已重命名为 %1</translation>
    </message>
    <message>
        <source>tags merged into %1</source>
        <translation>标签已合并到 %1</translation>
    </message>
    <message>
        <source>tag deleted</source>
        <translation>标签已删除</translation>
    </message>
    <message>
        <source>channel deleted</source>
        <translation>栏目已删除</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TemplateLoader</name>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation>无法读取模板 %1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partial name (letters, digits, - and _)</source>
        <translation>“%1”不是有效的子模板名称（只能使用字母、数字、- 和 _）</translation>
    </message>
    <message>
        <source>the partial &quot;%1&quot; includes itself</source>
        <translation>子模板“%1”包含了它自己</translation>
    </message>
    <message>
        <source>the partial &quot;%1&quot; does not exist (%2)</source>
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
        <source>the section &quot;%1&quot; is never closed</source>
        <translation>区块“%1”没有关闭</translation>
    </message>
    <message>
        <source>&quot;%1&quot; closes a section that was never opened</source>
        <translation>“%1”关闭了一个没有打开过的区块</translation>
    </message>
    <message>
        <source>a set-delimiter tag is not valid</source>
        <translation>设置分隔符的标签无效</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TextDecoding</name>
    <message>
        <source>Some bytes are not valid %1, the character set the page declares; they were replaced by “�”.</source>
        <translation>部分字节不符合网页声明的字符集 %1；已替换为“�”。</translation>
    </message>
    <message>
        <source>The page declares the character set “%1”, which is unknown; it was read by its bytes instead.</source>
        <translation>网页声明的字符集“%1”未知；已按字节内容识别读取。</translation>
    </message>
    <message>
        <source>The page declares no character set and is not valid UTF-8; it was read as GB18030 (Chinese).</source>
        <translation>网页未声明字符集且不是有效的 UTF-8；已按 GB18030(中文)读取。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TextReader</name>
    <message>
        <source>%1 is empty: no title, no text.</source>
        <translation>%1 是空的：没有标题，也没有正文。</translation>
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
    <name>Newsdesk::Transitions</name>
    <message>
        <source>%1 with an edit %2</source>
        <translation>%1，修改稿%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2): %3.</source>
        <translation>“%1”（%2）：%3。</translation>
    </message>
    <message>
        <source>%1 cannot change &quot;%2&quot; (%3): %4.</source>
        <translation>%1 不能修改“%2”（%3）：%4。</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>withdraw</source>
        <translation>撤稿</translation>
    </message>
    <message>
        <source>move to the trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>comment on</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>take over editing</source>
        <translation>接管编辑</translation>
    </message>
    <message>
        <source>%1&apos;s account is deactivated.</source>
        <translation>%1 的账户已停用。</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>尚无人登录。</translation>
    </message>
    <message>
        <source>only its author or a chief editor may %1 it</source>
        <translation>只有作者或责任编辑才能%1</translation>
    </message>
    <message>
        <source>it is in the trash; restore it first</source>
        <translation>它在回收站中；请先还原</translation>
    </message>
    <message>
        <source>it is withdrawn; only a chief editor may change it</source>
        <translation>它已撤稿；只有责任编辑才能修改</translation>
    </message>
    <message>
        <source>it is waiting for review; a chief editor can return it to you</source>
        <translation>它正在等待审核；责任编辑可以把它退回给你</translation>
    </message>
    <message>
        <source>it is withdrawn</source>
        <translation>它已撤稿</translation>
    </message>
    <message>
        <source>it is %1 as approved; there is no edit to submit</source>
        <translation>它处于“%1”状态，与审核通过的内容一致；没有可提交审核的修改</translation>
    </message>
    <message>
        <source>it is %1, not a draft or returned</source>
        <translation>它处于“%1”状态，不是草稿或退回稿</translation>
    </message>
    <message>
        <source>it is %1, not waiting for review</source>
        <translation>它处于“%1”状态，不在等待审核</translation>
    </message>
    <message>
        <source>it is %1; only approved or published articles can be withdrawn</source>
        <translation>它处于“%1”状态；只有已审或已发布的文章才能撤稿</translation>
    </message>
    <message>
        <source>it is already in the trash</source>
        <translation>它已在回收站中</translation>
    </message>
    <message>
        <source>it is not in the trash</source>
        <translation>它不在回收站中</translation>
    </message>
    <message>
        <source>it is %1; only a chief editor may %2 it</source>
        <translation>它处于“%1”状态；只有责任编辑才能%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a change of state.</source>
        <translation>“%1”不是状态变更。</translation>
    </message>
    <message>
        <source>%1 cannot put &quot;%2&quot; on the front page (%3): %4</source>
        <translation>%1 不能把“%2”放上首页（%3）：%4</translation>
    </message>
    <message>
        <source>only a chief editor may %1</source>
        <translation>只有责任编辑才能%1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::UserAdmin</name>
    <message>
        <source>Cannot %1: %2 is the last active administrator, and a library always needs one. Make someone else an administrator first.</source>
        <translation>无法%1：%2 是最后一位在用的管理员，而资料库始终需要一位管理员。请先把其他人设为管理员。</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>用户需要名称。</translation>
    </message>
    <message>
        <source>%1 accounts need a password: give %2 one.</source>
        <translation>%1账户需要密码：请为 %2 设置密码。</translation>
    </message>
    <message>
        <source>added %1 as %2</source>
        <translation>已添加 %1，角色为%2</translation>
    </message>
    <message>
        <source>added %1 as %2, with a password</source>
        <translation>已添加 %1，角色为%2，已设密码</translation>
    </message>
    <message>
        <source>You cannot change your own role; ask another administrator.</source>
        <translation>你不能修改自己的角色；请找另一位管理员。</translation>
    </message>
    <message>
        <source>%1 has no password, and %2 accounts need one: set a password for %1 first.</source>
        <translation>%1 没有密码，而%2账户需要密码：请先为 %1 设置密码。</translation>
    </message>
    <message>
        <source>make %1 %2</source>
        <translation>把 %1 设为%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1&apos;s account is deactivated.</source>
        <translation>%1 的账户已停用。</translation>
    </message>
    <message>
        <source>The current password is wrong; your password was not changed.</source>
        <translation>当前密码错误；你的密码没有修改。</translation>
    </message>
    <message>
        <source>%1 changed their own password</source>
        <translation>%1 修改了自己的密码</translation>
    </message>
    <message>
        <source>set the password of %1</source>
        <translation>设置 %1 的密码</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account; ask another administrator.</source>
        <translation>你不能停用自己的账户；请找另一位管理员。</translation>
    </message>
    <message>
        <source>deactivate %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <source>deactivated %1</source>
        <translation>已停用 %1</translation>
    </message>
    <message>
        <source>reactivated %1</source>
        <translation>已重新启用 %1</translation>
    </message>
    <message>
        <source>The new password is empty.</source>
        <translation>新密码为空。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::UserRepository</name>
    <message>
        <source>There is no user named &quot;%1&quot; in %2.</source>
        <translation>%2 中没有名为“%1”的用户。</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>用户需要名称。</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists in %2.</source>
        <translation>%2 中已有名为“%1”的用户。</translation>
    </message>
    <message>
        <source>There is no user number %1 in %2.</source>
        <translation>%2 中没有编号为 %1 的用户。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::UsersCommand</name>
    <message>
        <source>Actions: list [--json]; add NAME --role editor|chief|admin [--password-stdin]; passwd NAME [--password-stdin]; deactivate NAME; activate NAME.
Changes are made as --as USER, an administrator whose password is read from the %1 environment variable; without --as only while the library has no administrator with a password yet (a new library). A new password is one line of standard input with --password-stdin, or %1 when --as is not given. &quot;passwd NAME --as NAME&quot; changes your own password: the old one in %1, the new one on standard input. Chief editor and administrator accounts need a password.</source>
        <translation>操作：list [--json]；add NAME --role editor|chief|admin [--password-stdin]；passwd NAME [--password-stdin]；deactivate NAME；activate NAME。
修改以 --as USER 的身份进行，USER 须是管理员，其密码从环境变量 %1 读取；不指定 --as 时，只有在资料库还没有设密码的管理员时（新资料库）才能修改。新密码配合 --password-stdin 从标准输入的一行读取，不指定 --as 时从 %1 读取。“passwd NAME --as NAME”修改你自己的密码：旧密码放在 %1 中，新密码从标准输入读取。责任编辑和管理员账户需要密码。</translation>
    </message>
    <message>
        <source>The library.</source>
        <translation>资料库。</translation>
    </message>
    <message>
        <source>list: print the people as a JSON array.</source>
        <translation>list：以 JSON 数组输出人员。</translation>
    </message>
    <message>
        <source>add: the role, editor, chief or admin.</source>
        <translation>add：角色，editor、chief 或 admin。</translation>
    </message>
    <message>
        <source>Read the new password from one line of standard input.</source>
        <translation>从标准输入的一行读取新密码。</translation>
    </message>
    <message>
        <source>The administrator making the change.</source>
        <translation>执行修改的管理员。</translation>
    </message>
    <message>
        <source>list, add, passwd, deactivate or activate.</source>
        <translation>list、add、passwd、deactivate 或 activate。</translation>
    </message>
    <message>
        <source>The person concerned.</source>
        <translation>相关人员。</translation>
    </message>
    <message>
        <source>--library LIB is required.</source>
        <translation>必须指定 --library LIB。</translation>
    </message>
    <message>
        <source>say what to do: %1.</source>
        <translation>请说明要做什么：%1。</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;.</source>
        <translation>未知操作“%1”。</translation>
    </message>
    <message>
        <source>%1 needs one NAME.</source>
        <translation>%1 需要一个 NAME。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>add needs --role editor, chief or admin.</source>
        <translation>add 需要 --role editor、chief 或 admin。</translation>
    </message>
    <message>
        <source>--role only applies to add.</source>
        <translation>--role 只适用于 add。</translation>
    </message>
    <message>
        <source>--json only applies to list.</source>
        <translation>--json 只适用于 list。</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>已添加 %1，角色为%2。</translation>
    </message>
    <message>
        <source>with --as, give the new password on standard input (--password-stdin).</source>
        <translation>使用 --as 时，请从标准输入提供新密码（--password-stdin）。</translation>
    </message>
    <message>
        <source>Set the password of %1.</source>
        <translation>已设置 %1 的密码。</translation>
    </message>
    <message>
        <source>Deactivated %1.</source>
        <translation>已停用 %1。</translation>
    </message>
    <message>
        <source>Reactivated %1.</source>
        <translation>已重新启用 %1。</translation>
    </message>
    <message>
        <source>%1 has administrators with passwords: name one with --as ADMIN and give their password in the %2 environment variable.</source>
        <translation>%1 有设了密码的管理员：请用 --as ADMIN 指定其中一位，并通过环境变量 %2 提供其密码。</translation>
    </message>
    <message>
        <source>local operator</source>
        <translation>本机操作员</translation>
    </message>
    <message>
        <source>database owner</source>
        <translation>数据库所有者</translation>
    </message>
</context>
<context>
    <name>Newsdesk::UsersDialog</name>
    <message>
        <source>Manage Users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;Role</source>
        <translation>修改角色(&amp;R)</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>设置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>A new password for %1.</source>
        <translation>为 %1 设置新密码。</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
</context>
<context>
    <name>Newsdesk::VersionCompareView</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>正文：%1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::WelcomePage</name>
    <message>
        <source>No library is open</source>
        <translation>没有打开的资料库</translation>
    </message>
    <message>
        <source>A library holds a newsroom&apos;s articles, channels, photos and people. Create a new one, open one you already have, or connect to your newsroom&apos;s shared library on its server.</source>
        <translation>资料库保存编辑部的文章、栏目、图片和人员。可以新建一个、打开已有的，或连接编辑部服务器上的共享资料库。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Workflow</name>
    <message>
        <source>&quot;%1&quot; is %2: your changes were not saved over theirs. Save a copy, or ask a chief editor to take over.</source>
        <translation>“%1”：%2。你的修改没有覆盖对方的内容。请另存一份副本，或请责任编辑接管编辑。</translation>
    </message>
    <message>
        <source>Returning article %1 needs a comment that tells its author what to change.</source>
        <translation>退回文章 %1 需要附上意见，告诉作者要修改什么。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed while you reviewed it (it is at version %2; you read version %3). Nothing was %4; review it again.</source>
        <translation>你审核“%1”期间它有了改动（现为版本 %2，你看的是版本 %3）。没有执行%4，请重新审核。</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>staged: the approved version stays live until this is approved</source>
        <translation>修改稿：在其审核通过之前，已审版本保持在线</translation>
    </message>
    <message>
        <source>Article %1 has no version %2.</source>
        <translation>文章 %1 没有版本 %2。</translation>
    </message>
    <message>
        <source>version %1 of article %2</source>
        <translation>文章 %2 的版本 %1</translation>
    </message>
    <message>
        <source>restored version %1</source>
        <translation>已恢复版本 %1</translation>
    </message>
    <message>
        <source>A comment cannot be empty.</source>
        <translation>批注不能为空。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %n article(s) were refused.
%1</source>
        <translation>
            <numerusform>没有做任何修改：%n 篇文章被拒绝。
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>从 %1 接管</translation>
    </message>
</context>
<context>
    <name>Newsdesk::WorkflowBar</name>
    <message>
        <source>&amp;Take Over</source>
        <translation>接管(&amp;T)</translation>
    </message>
    <message>
        <source>Take the article over from the person editing it; their editor turns read-only</source>
        <translation>从正在编辑的人那里接管这篇文章；对方的编辑器将变为只读</translation>
    </message>
    <message>
        <source>T&amp;ry Again</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Edit the article if nobody else is editing it now</source>
        <translation>如果现在没有别人在编辑，就编辑这篇文章</translation>
    </message>
    <message>
        <source>Save a &amp;Copy</source>
        <translation>另存副本(&amp;C)</translation>
    </message>
    <message>
        <source>Save the text in this editor as a new article</source>
        <translation>把此编辑器中的文字存为一篇新文章</translation>
    </message>
    <message>
        <source>Su&amp;bmit for Review</source>
        <translation>提交审核(&amp;B)</translation>
    </message>
    <message>
        <source>Save the article and send it to a chief editor for review</source>
        <translation>保存文章并提交给责任编辑审核</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ZipReader</name>
    <message>
        <source>Cannot read the zip file %1: %2.</source>
        <translation>无法读取 zip 文件 %1:%2。</translation>
    </message>
    <message>
        <source>Cannot read %1 in the zip file %2: %3.</source>
        <translation>无法读取 zip 文件 %2 中的 %1:%3。</translation>
    </message>
    <message>
        <source>%1 has no %2.</source>
        <translation>%1 中没有 %2。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ZipWriter</name>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2): %3.</source>
        <translation>无法写入 %1(%2):%3。</translation>
    </message>
    <message>
        <source>setting up the zip format</source>
        <translation>设置 zip 格式</translation>
    </message>
    <message>
        <source>opening it</source>
        <translation>打开它</translation>
    </message>
    <message>
        <source>finishing it</source>
        <translation>完成写入</translation>
    </message>
</context>
</TS>
