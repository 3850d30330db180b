#pragma once

#include <QCoreApplication>
#include <QDateTime>

class QTimeZone;

namespace Newsdesk {

class FrontMatter;
struct ImportedDocument;

// How Hugo's and Jekyll's front matter fields map onto an ImportedDocument, whatever the
// syntax they were written in. Keys are matched without regard to case, as Hugo does.
//
// title; date (date, publishDate, pubDate: the first present); draft (draft: true, or
// Jekyll's published: false); tags (a list, or a string separated by commas — also "，" and
// "、" — or else by spaces, as Jekyll allows); keywords; categories or category (the first one,
// split on '/': "资讯/热点"); summary, description or excerpt; author or authors (a name, a
// list of names, or a map with a name); source or 来源; editor or 编辑; 作者; 责任编辑;
// url, permalink or canonicalURL when absolute (http, https). Everything else, and what was
// not used, goes to params in order: nested maps flattened as "a.b", lists joined with ", ",
// booleans "true"/"false", dates in ISO 8601.
//
// Thread-safe: no state.
class FrontMatterMapping final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::FrontMatterMapping)

public:
    // fileNameDate: the date of a Jekyll file name ("2017-07-21-slug.md"), used when the front
    // matter has no readable date; invalid when there is none.
    static void apply(const FrontMatter &frontMatter, const QTimeZone &zone,
                      const QDateTime &fileNameDate, ImportedDocument &document);
};

} // namespace Newsdesk
