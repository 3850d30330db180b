#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

namespace Newsdesk {

// The front matter of a Hugo or Jekyll Markdown file, as a neutral tree that one mapping
// (MarkdownReader) reads whatever the syntax was:
//
//     ---                      +++                      {
//     title: "Hello"           title = "Hello"            "title": "Hello",
//     tags: [a, b]             tags = ["a", "b"]          "tags": ["a", "b"]
//     ---                      +++                      }
//
// YAML (yaml-cpp) between "---" lines (closed by "---" or "..."), TOML (toml++) between "+++"
// lines, or a JSON object (QJsonDocument) opening the file. Values are QString, bool, qint64,
// double, QDate (a TOML date), QTime, QDateTime (a TOML date-time with an offset), QVariantList
// and QVariantMap; a null is an invalid QVariant. YAML scalars stay text as written ("true",
// "2017-07-21"): YAML leaves their type to the reader. A TOML date-time without an offset
// becomes its ISO text, to be read in the site's zone like any other text date.
//
// The top-level keys keep the file's order for YAML; toml++ and QJsonObject sort theirs, and
// nested maps are QVariantMaps (sorted) in every syntax.
//
// Thread-safe: no shared state.
class FrontMatter final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::FrontMatter)

public:
    enum class Format { None, Yaml, Toml, Json };
    using Entry = std::pair<QString, QVariant>;

    // Where the front matter and the body are in a file (after its BOM).
    struct Split
    {
        Format format = Format::None;
        QByteArrayView text; // the front matter without its delimiters (JSON: the object)
        int textLine = 1; // the file's line number of text's first line
        QByteArrayView body; // everything after the front matter
    };

    // Finds the front matter at the start of bytes. A front matter that is opened and never
    // closed is an error (Error::Kind::Invalid) naming fileName.
    static Result<Split> split(QByteArrayView bytes, const QString &fileName);
    // Parses split.text. A syntax error is an error (Error::Kind::Invalid) naming fileName and
    // the line: "post.md, front matter line 4: …", counted from the file's first line (the
    // opening delimiter), i.e. the line an editor shows.
    static Result<FrontMatter> parse(const Split &split, const QString &fileName);

    Format format() const { return m_format; }
    const QList<Entry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    Format m_format = Format::None;
    QList<Entry> m_entries;
};

} // namespace Newsdesk
