#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <map>
#include <string>

namespace Newsdesk {

// Reads a theme's templates and inlines their partials, once, when a theme loads.
//
// kainjow mustache parses a partial again every time a page renders it, and says nothing when
// a partial is missing. So the loader replaces every {{> name}} by the text of
// templates/partials/name.mustache (recursively), reports a missing partial or a partial that
// includes itself, and keeps a map from each byte of the expanded text back to its file and
// line, which turns kainjow's parse errors ("Unclosed section "x" at 1234") into messages
// naming the file and the line. Set-delimiter tags work as the Mustache spec says: a partial
// starts with the default delimiters, and the caller's delimiters are restored after it.
class TemplateLoader final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::TemplateLoader)

public:
    // A template with its partials inlined, as UTF-8, ready for kainjow.
    struct Expanded
    {
        std::string text;
        struct Span
        {
            size_t start = 0; // first byte in text
            QString file; // path relative to the theme folder
            size_t offset = 0; // byte offset in that file
        };
        QList<Span> spans; // by start
    };

    // folder is the theme's folder (a path on disk or a ":/" resource path).
    explicit TemplateLoader(QString folder);

    // Loads templates/<name>.mustache with every partial it uses.
    Result<Expanded> load(const QString &name);
    // The file and line of byte position in expanded, and a message naming them.
    Error errorAt(const Expanded &expanded, size_t position, const QString &problem) const;
    // Turns a kainjow parse message into a translated one naming file and line.
    Error parseError(const Expanded &expanded, const std::string &kainjowMessage) const;
    // The full path of a file of the theme, as messages show it.
    QString displayPath(const QString &file) const;

private:
    struct Delimiters
    {
        std::string open = "{{";
        std::string close = "}}";
        bool operator==(const Delimiters &) const = default;
    };
    Result<Delimiters> expand(const QString &file, Expanded &out, QStringList &stack);
    Result<const std::string *> read(const QString &file);
    int lineOf(const QString &file, size_t offset) const;

    QString m_folder;
    // Each file read once; std::map because expand() holds references into it while reading
    // more files.
    std::map<QString, std::string> m_files;
};

} // namespace Newsdesk
