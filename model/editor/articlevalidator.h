#pragma once

#include "core/article.h"
#include "core/result.h"
#include "editor/articlefield.h"

#include <QCoreApplication>
#include <QList>

namespace Newsdesk {

// Checks an article before it is saved, with a message per problem that names the field as
// the editor's form labels it, so that the person knows where to look and what to change.
class ArticleValidator final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ArticleValidator)

public:
    struct Problem
    {
        ArticleField field;
        QString message;
    };

    static QList<Problem> check(const Article &article);
    // All problems as one error (Error::Kind::Invalid, a line each), or success.
    static Status validate(const Article &article);

    // Whether name may be an article's custom file name ("fupin-2020.html").
    static bool isValidFileName(const QString &name);
    // Whether url may be a redirect target: an http(s) address or a path on the site ("/a/b").
    static bool isValidRedirectUrl(const QString &url);
};

} // namespace Newsdesk
