#include "markdownreader.h"

#include "frontmatter.h"
#include "frontmattermapping.h"
#include "importdate.h"
#include "markdownhtml.h"
#include "shortcodeexpander.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

QStringView fileNameOf(QStringView path)
{
    return path.sliced(std::max(path.lastIndexOf(u'/'), path.lastIndexOf(u'\\')) + 1);
}

QStringView withoutExtension(QStringView name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot > 0 ? name.first(dot) : name;
}

// Jekyll's posts are named "2017-07-21-slug.md": the length of the "2017-07-21-" prefix, or 0.
qsizetype datePrefixLength(QStringView name)
{
    if (name.size() < 11 || name.at(4) != u'-' || name.at(7) != u'-' || name.at(10) != u'-')
        return 0;
    for (const qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!name.at(i).isDigit())
            return 0;
    }
    return 11;
}

QString titleFromFileName(QStringView path)
{
    QStringView base = withoutExtension(fileNameOf(path));
    if (base == u"index"_s || base == u"_index"_s) {
        // A Hugo page bundle: content/posts/my-post/index.md is the post "my-post".
        const QStringView folder = path.first(path.size() - fileNameOf(path).size());
        if (folder.size() > 1)
            base = fileNameOf(folder.chopped(1));
    }
    return base.sliced(datePrefixLength(base)).toString();
}

QDateTime dateFromFileName(QStringView path, const QTimeZone &zone)
{
    const QStringView name = fileNameOf(path);
    if (datePrefixLength(name) == 0)
        return {};
    return ImportDate::parse(name.first(10), zone);
}

} // namespace

Result<ImportedDocument> MarkdownReader::read(const QByteArray &bytes, const QString &fileName,
                                              const QTimeZone &zone)
{
    ImportedDocument document;
    QByteArrayView text = bytes;
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    QByteArray repaired;
    if (!text.isValidUtf8()) {
        repaired = QString::fromUtf8(text).toUtf8();
        text = repaired;
        document.warnings.append(tr("The file is not all UTF-8 text; what is not was replaced "
                                    "with “\uFFFD”."));
    }

    const Result<FrontMatter::Split> split = FrontMatter::split(text, fileName);
    if (!split)
        return split.error();
    const Result<FrontMatter> frontMatter = FrontMatter::parse(split.value(), fileName);
    if (!frontMatter)
        return frontMatter.error();
    FrontMatterMapping::apply(frontMatter.value(), zone, dateFromFileName(fileName, zone),
                              document);

    ShortcodeExpander::Expanded body = ShortcodeExpander::expand(split.value().body);
    document.warnings.append(body.warnings);
    MarkdownHtml::Converted converted =
            MarkdownHtml::convert(body.markdown, document.title.isEmpty());
    document.bodyHtml = std::move(converted.html);
    if (document.title.isEmpty())
        document.title = converted.title;
    if (document.title.isEmpty())
        document.title = titleFromFileName(fileName);
    return document;
}

bool MarkdownReader::isMarkdownFile(const QString &path)
{
    const QStringView name = fileNameOf(path);
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0)
        return false;
    const QStringView suffix = name.sliced(dot + 1);
    for (const QStringView known : {u"md", u"markdown", u"mdown", u"mkd"}) {
        if (suffix.compare(known, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace Newsdesk
