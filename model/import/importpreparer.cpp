#include "importpreparer.h"

#include "document/pastecleaner.h"
#include "html/sanitizer.h"
#include "import/htmlpagereader.h"
#include "import/markdownreader.h"
#include "import/textreader.h"
#include "media/mediaimporter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
bool inside(const QString &root, const QString &path)
{
    return path.startsWith(root.endsWith(u'/') ? root : root + u'/');
}

std::optional<QString> existingFile(const QString &root, const QString &candidate)
{
    const QString path = QDir::cleanPath(candidate);
    const QFileInfo info(path);
    if (!inside(root, path) || info.isSymLink() || !info.isFile())
        return std::nullopt;
    return path;
}

Result<ImportedDocument> readItem(const QByteArray &bytes, const ImportItem &item,
                                  const ImportReadOptions &options)
{
    // Readers name the file in their messages; the report names the whole item already.
    const QString name = QFileInfo(item.displayPath).fileName();
    switch (item.format) {
    case ImportFormat::Html:
        return HtmlPageReader::read(bytes, name, options.zone);
    case ImportFormat::Markdown:
        return MarkdownReader::read(bytes, name, options.zone);
    case ImportFormat::Text:
        return TextReader::read(bytes, name);
    }
    return Error(Error::Kind::Invalid, name);
}
} // namespace

std::optional<QString> ImportPreparer::localImage(const ImportItem &item, const QString &src)
{
    const QUrl url(src);
    if (!url.isValid())
        return std::nullopt;
    QString path;
    if (url.scheme() == u"file"_s)
        path = url.toLocalFile();
    else if (url.scheme().isEmpty())
        path = url.path(QUrl::FullyDecoded);
    else
        return std::nullopt;
    if (path.isEmpty())
        return std::nullopt;
    const QString root = QDir::cleanPath(item.root);
    const QString folder = QFileInfo(item.path).absolutePath();
    if (url.scheme() == u"file"_s)
        return existingFile(root, path);
    if (!path.startsWith(u'/'))
        return existingFile(root, folder + u'/' + path);
    // A site-absolute address: the site's root is the item's folder or one above it.
    for (QString dir = QDir::cleanPath(folder);; dir = QFileInfo(dir).absolutePath()) {
        if (std::optional<QString> found = existingFile(root, dir + path))
            return found;
        if (dir == root || !inside(root, dir))
            break;
    }
    // Hugo: /images/x.jpg is static/images/x.jpg beside content/.
    if (QFileInfo(root).fileName() == u"content"_s) {
        const QString site = QFileInfo(root).absolutePath();
        if (std::optional<QString> found = existingFile(site, site + u"/static"_s + path))
            return found;
    }
    return std::nullopt;
}

PreparedImport ImportPreparer::prepare(const ImportItem &item, const ImportReadOptions &options)
{
    PreparedImport prepared;
    prepared.item = item;
    QFile file(item.path);
    if (file.size() > options.maxFileBytes) {
        prepared.error = tr("larger than %1 MiB: not an article page")
                                 .arg(options.maxFileBytes >> 20);
        return prepared;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        prepared.error = tr("cannot be read: %1").arg(file.errorString());
        return prepared;
    }
    const QByteArray bytes = file.readAll();
    prepared.contentHash = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    Result<ImportedDocument> read = readItem(bytes, item, options);
    if (!read) {
        prepared.error = read.error().message();
        return prepared;
    }
    prepared.document = std::move(read).value();
    const ImportedDocument &document = *prepared.document;

    // Images next to the page become media; the same file twice is one placeholder.
    QStringList imagePaths;
    Sanitizer::Options clean;
    if (QUrl source(document.sourceUrl); source.isValid() && !source.isRelative())
        clean.baseUrl = source;
    clean.localImages = [&](const QString &src) -> QString {
        const std::optional<QString> path = localImage(item, src);
        if (!path)
            return {};
        qsizetype n = imagePaths.indexOf(*path);
        if (n < 0) {
            n = imagePaths.size();
            imagePaths.append(*path);
        }
        return u"media:"_s + QString::number(PasteCleaner::Sentinel + n);
    };
    Sanitizer::Result cleaned = Sanitizer::clean(document.bodyHtml, clean);
    prepared.body = std::move(cleaned.html);
    prepared.sanitizer = std::move(cleaned.report);
    for (const QString &path : std::as_const(imagePaths)) {
        PreparedImport::Image image;
        image.displayPath = QDir(item.root).relativeFilePath(path);
        Result<PreparedImage> decoded = MediaImporter::prepareFile(path, options.imageLimits);
        if (decoded)
            image.prepared = std::move(decoded).value();
        else
            image.error = decoded.error().message();
        prepared.images.append(std::move(image));
    }
    return prepared;
}

} // namespace Newsdesk
