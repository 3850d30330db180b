#include "manifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
void appendString(QByteArray &out, const QString &value)
{
    out += QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
}

// Paths, hex digests and numbers need no escaping beyond what appendString does; paths are
// checked when they are made (SitePaths), so the quick path is the common one.
void appendPlain(QByteArray &out, const QString &value)
{
    bool plain = true;
    for (QChar c : value) {
        if (c.unicode() < 0x20 || c == u'"' || c == u'\\' || c.unicode() > 0x7e) {
            plain = false;
            break;
        }
    }
    if (!plain)
        return appendString(out, value);
    out += '"';
    out += value.toLatin1();
    out += '"';
}

void appendIds(QByteArray &out, const QList<qint64> &ids)
{
    out += '[';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            out += ',';
        out += QByteArray::number(ids.at(i));
    }
    out += ']';
}

QList<qint64> readIds(const QJsonValue &value)
{
    QList<qint64> ids;
    for (const QJsonValue &id : value.toArray())
        ids.append(qint64(id.toDouble()));
    return ids;
}
} // namespace

QByteArray Manifest::toJson() const
{
    QByteArray out;
    out.reserve(qsizetype(files.size()) * 160 + qsizetype(articles.size()) * 100 + 256);
    out += "{\n\"format\": " + QByteArray::number(Format) + ",\n\"generator\": ";
    appendString(out, generator);
    out += ",\n\"site\": {\"key\": ";
    appendPlain(out, site);
    out += ", \"articles\": ";
    appendIds(out, siteArticles);
    out += "},\n\"files\": [";
    bool first = true;
    for (const auto &[path, file] : files) {
        out += first ? "\n" : ",\n";
        first = false;
        out += "{\"path\": ";
        appendPlain(out, path);
        out += ", \"sha256\": \"" + file.sha256.toLatin1()
                + "\", \"size\": " + QByteArray::number(file.size);
        if (!file.key.isEmpty())
            out += ", \"key\": \"" + file.key.toLatin1() + '"';
        if (!file.articles.isEmpty()) {
            out += ", \"articles\": ";
            appendIds(out, file.articles);
        }
        out += '}';
    }
    out += "\n],\n\"articles\": [";
    QList<qint64> ids = articles.keys();
    std::sort(ids.begin(), ids.end());
    first = true;
    for (qint64 id : std::as_const(ids)) {
        const Article &a = articles.value(id);
        out += first ? "\n" : ",\n";
        first = false;
        out += "{\"id\": " + QByteArray::number(id) + ", \"key\": \"" + a.key.toLatin1()
                + "\", \"pages\": [";
        for (qsizetype i = 0; i < a.pages.size(); ++i) {
            if (i)
                out += ", ";
            appendPlain(out, a.pages.at(i));
        }
        out += "], \"media\": ";
        appendIds(out, a.media);
        out += '}';
    }
    out += "\n],\n\"tags\": {";
    first = true;
    for (const auto &[name, slug] : tagSlugs) {
        out += first ? "\n" : ",\n";
        first = false;
        appendString(out, name);
        out += ": ";
        appendString(out, slug);
    }
    out += "\n}\n}\n";
    return out;
}

Result<Manifest> Manifest::fromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error(Error::Kind::Corrupt,
                     tr("%1 is not valid JSON at byte %2: %3.")
                             .arg(fileName)
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    const int format = root.value(u"format"_s).toInt();
    if (format != Format) {
        return Error(Error::Kind::Invalid,
                     tr("%1 has manifest format %2; this Newsdesk reads format %3.")
                             .arg(fileName)
                             .arg(format)
                             .arg(Format));
    }
    Manifest manifest;
    manifest.generator = root.value(u"generator"_s).toString();
    const QJsonObject site = root.value(u"site"_s).toObject();
    manifest.site = site.value(u"key"_s).toString();
    manifest.siteArticles = readIds(site.value(u"articles"_s));
    for (const QJsonValue &value : root.value(u"files"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString path = entry.value(u"path"_s).toString();
        const QString sha = entry.value(u"sha256"_s).toString();
        if (path.isEmpty() || sha.size() != 64) {
            return Error(Error::Kind::Corrupt,
                         tr("%1 lists a file without a path or SHA-256: %2.")
                                 .arg(fileName,
                                      QString::fromUtf8(QJsonDocument(entry).toJson(
                                              QJsonDocument::Compact))));
        }
        File file;
        file.sha256 = sha;
        file.size = qint64(entry.value(u"size"_s).toDouble());
        file.key = entry.value(u"key"_s).toString();
        file.articles = readIds(entry.value(u"articles"_s));
        manifest.files.emplace(path, std::move(file));
    }
    for (const QJsonValue &value : root.value(u"articles"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        Article article;
        article.key = entry.value(u"key"_s).toString();
        for (const QJsonValue &page : entry.value(u"pages"_s).toArray())
            article.pages.append(page.toString());
        article.media = readIds(entry.value(u"media"_s));
        manifest.articles.insert(qint64(entry.value(u"id"_s).toDouble()), std::move(article));
    }
    const QJsonObject tags = root.value(u"tags"_s).toObject();
    for (auto it = tags.begin(); it != tags.end(); ++it)
        manifest.tagSlugs.emplace(it.key(), it.value().toString());
    return manifest;
}

} // namespace Newsdesk
