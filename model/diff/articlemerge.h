#pragma once

#include "core/article.h"

#include <QCoreApplication>
#include <QStringList>

namespace Newsdesk {

// A three-way merge of an article two people changed from the same version (base): what one
// side changed and the other did not takes that side's value; the body merges block by block
// (a canonical body has one block a line: dtl's Diff3 over its lines), so two people editing
// different paragraphs both keep their work. A field both changed differently is a conflict,
// where mine is kept: theirs stays in the article's revisions.
struct ArticleMerge
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ArticleMerge)

public:
    Article merged; // theirs (id, version, state) with both sides' changes
    QStringList conflicts; // keys of the fields in conflict ("title", "body", …), form order

    static ArticleMerge merge(const Article &base, const Article &theirs, const Article &mine);
    // A conflict's field as the editing form names it ("Title", "标题").
    static QString fieldName(const QString &key);
};

} // namespace Newsdesk
