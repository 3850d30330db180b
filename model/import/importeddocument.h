#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Newsdesk {

// What a reader of one outside format (a portal page, Markdown with front matter, plain text)
// found in one file, before anything is stored. Readers fill what their format has and leave
// the rest empty; the importer (Importer) maps it onto an Article, passes bodyHtml through the
// one Sanitizer, turns local images into media and writes it through the workflow.
struct ImportedDocument
{
    QString title;
    QString summary; // description / 摘要, plain text
    QString keywords; // comma-separated, as the page's keywords meta holds them
    QStringList tags;
    // The channel, outermost first, as the source names it: a breadcrumb's links without the
    // site's home ("资讯", "热点"), Hugo/Jekyll categories, or a section. Empty: unknown (the
    // importer then uses --channel or the file's folder).
    QStringList channelPath;
    QString source; // 来源
    QString author; // 作者
    QString editor; // 编辑: who edited it in the old system
    QString chiefEditor; // 责任编辑: who approved it in the old system (kept as history)
    QDateTime publishAt; // UTC; invalid when the source has no date
    bool draft = false; // front matter draft: true
    // The article body as outside HTML, not sanitized: image addresses as the source wrote
    // them (relative ones are resolved against the file's folder by the importer).
    QString bodyHtml;
    // Where the item lived on the web (canonical link, og:url, front matter url/permalink),
    // absolute; empty when unknown. Re-imports are matched on it when present.
    QString sourceUrl;
    // Other front matter fields the article has no place for, as key and text, in the order
    // found (kept in the import's history).
    QList<std::pair<QString, QString>> params;
    // What the reader could not use, one translated sentence each ("date “tomorrow” is not a
    // date; the article has no publish time").
    QStringList warnings;
};

} // namespace Newsdesk
