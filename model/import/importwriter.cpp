#include "importwriter.h"

#include "document/pastecleaner.h"
#include "media/mediaimporter.h"
#include "storage/importsourcerepository.h"
#include "storage/library.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
// How much of an item's other fields goes into its audit entry.
constexpr qsizetype MaxDetail = 2000;

QString withoutScheme(const QString &key)
{
    return key.startsWith(u"file:"_s) ? key.mid(5) : key.startsWith(u"url:"_s) ? key.mid(4) : key;
}
} // namespace

ImportWriter::ImportWriter(Library &library, const User &user, const ImportWriteOptions &options)
    : m_library(library)
    , m_user(user)
    , m_options(options)
    , m_workflow(library, user)
    , m_channels(library, user, options.dryRun)
{
}

Status ImportWriter::begin()
{
    if (Status loaded = m_channels.load(); !loaded)
        return loaded;
    if (m_options.channelId) {
        if (!m_channels.exists(m_options.channelId))
            return Error(Error::Kind::NotFound,
                         tr("The channel chosen for the import (%1) no longer exists.")
                                 .arg(m_options.channelId));
        m_channelId = m_options.channelId;
        return {};
    }
    if (m_options.channelPath.trimmed().isEmpty())
        return {};
    Result<qint64> channel = m_channels.find(m_options.channelPath);
    if (!channel)
        return channel.error();
    m_channelId = channel.value();
    return {};
}

Result<ImportWriter::Found> ImportWriter::lookUp(const PreparedImport &prepared,
                                                 const QStringList &keys) const
{
    ImportSourceRepository ledger(m_library.database());
    Found found;
    for (const QString &key : keys) {
        Result<std::optional<ImportSource>> source = ledger.byKey(key);
        if (!source)
            return source.error();
        if (source.value()) {
            found.articleId = source.value()->articleId;
            found.sameBytes = source.value()->contentHash == prepared.contentHash;
            found.importedAt = QLocale().toString(source.value()->importedAt.toLocalTime(),
                                                  QLocale::ShortFormat);
            return found;
        }
    }
    Result<std::optional<ImportSource>> copy = ledger.byHash(prepared.contentHash);
    if (!copy)
        return copy.error();
    if (copy.value()) {
        found.articleId = copy.value()->articleId;
        found.sameBytes = true;
        found.otherItem = withoutScheme(copy.value()->key);
    }
    return found;
}

QString ImportWriter::detail(const PreparedImport &prepared) const
{
    const ImportedDocument &document = *prepared.document;
    QStringList parts {tr("from %1").arg(prepared.item.displayPath)};
    if (!document.sourceUrl.isEmpty())
        parts.append(document.sourceUrl);
    if (!document.editor.isEmpty())
        parts.append(tr("editor: %1").arg(document.editor));
    if (!document.chiefEditor.isEmpty())
        parts.append(tr("approved in the old system by %1").arg(document.chiefEditor));
    for (const auto &[key, value] : document.params)
        parts.append(key + u": "_s + value);
    QString text = parts.join(u"; "_s);
    if (text.size() > MaxDetail)
        text = text.left(MaxDetail - 1) + u'…';
    return text;
}

Status ImportWriter::fill(Article &article, PreparedImport &prepared, ImportReport::Entry &entry)
{
    const ImportedDocument &document = *prepared.document;
    article.title = document.title.simplified();
    article.body = prepared.body;
    const auto replace = [](QString &field, const QString &value) {
        if (!value.trimmed().isEmpty())
            field = value.trimmed();
    };
    replace(article.summary, document.summary);
    replace(article.keywords, document.keywords);
    replace(article.source, document.source);
    replace(article.author, document.author);
    replace(article.editor, document.editor.isEmpty() ? document.chiefEditor : document.editor);
    if (!document.tags.isEmpty())
        article.tags = document.tags;
    if (document.publishAt.isValid())
        article.publishAt = document.publishAt;
    if (m_channelId) {
        article.channelId = m_channelId;
        return {};
    }
    Result<ImportChannels::Placement> placed =
            m_channels.place(document.channelPath, prepared.item.folders);
    if (!placed)
        return placed.error();
    // A re-imported article whose item names no channel stays where people put it.
    if (article.id && document.channelPath.isEmpty() && article.channelId)
        return {};
    article.channelId = placed.value().channelId;
    if (!placed.value().note.isEmpty())
        entry.notes.append(placed.value().note);
    if (!placed.value().added.isEmpty() && !m_addedChannels.contains(placed.value().added))
        m_addedChannels.append(placed.value().added);
    return {};
}

Status ImportWriter::storeImages(PreparedImport &prepared, QString &body,
                                 ImportReport::Entry &entry)
{
    for (int n = 0; n < prepared.images.size(); ++n) {
        const PreparedImport::Image &image = prepared.images.at(n);
        if (!image.prepared) {
            entry.notes.append(tr("image %1 left out: %2").arg(image.displayPath, image.error));
            if (!m_options.dryRun)
                body = PasteCleaner::resolve(body, n, 0);
            continue;
        }
        if (m_options.dryRun)
            continue;
        Result<Media> stored = MediaImporter::store(m_library.media(), *image.prepared);
        if (!stored)
            return stored.error();
        body = PasteCleaner::resolve(body, n, stored.value().id);
    }
    return {};
}

Status ImportWriter::record(const QStringList &keys, qint64 articleId, const QString &hash)
{
    ImportSourceRepository ledger(m_library.database());
    for (const QString &key : keys) {
        ImportSource source {key, articleId, hash, QDateTime::currentDateTimeUtc(), m_user.id};
        if (Status recorded = ledger.record(source); !recorded)
            return recorded;
    }
    return {};
}

ImportReport::Entry ImportWriter::write(PreparedImport &prepared)
{
    ImportReport::Entry entry = writeOne(prepared);
    if (entry.outcome == ImportReport::Outcome::Skipped && !m_options.dryRun) {
        // A rolled-back item may have added channels that are gone again.
        if (Status reloaded = m_channels.load(); !reloaded)
            entry.notes.append(reloaded.error().message());
    }
    return entry;
}

ImportReport::Entry ImportWriter::writeOne(PreparedImport &prepared)
{
    ImportReport::Entry entry;
    entry.item = prepared.item.displayPath;
    const auto skipped = [&entry](const QString &reason) {
        entry.outcome = ImportReport::Outcome::Skipped;
        entry.reason = reason;
        entry.articleId = 0;
        return entry;
    };
    if (!prepared.document)
        return skipped(prepared.error);
    const ImportedDocument &document = *prepared.document;
    entry.title = document.title.simplified();
    entry.notes = document.warnings;
    entry.remoteImages = prepared.sanitizer.remoteImages;
    if (prepared.sanitizer.removedActiveContent())
        entry.notes.append(prepared.sanitizer.summary());
    if (const int missing = prepared.sanitizer.relativeImages + prepared.sanitizer.localImages)
        entry.notes.append(tr("%n image(s) not found beside the file were left out.", nullptr,
                              missing));
    if (entry.title.isEmpty())
        return skipped(tr("no title found"));

    QStringList keys;
    if (!document.sourceUrl.isEmpty())
        keys.append(u"url:"_s + document.sourceUrl);
    keys.append(prepared.item.fileKey);
    Result<Found> found = lookUp(prepared, keys);
    if (!found)
        return skipped(found.error().message());
    const Found &earlier = found.value();
    if (earlier.articleId && earlier.sameBytes) {
        entry.outcome = ImportReport::Outcome::Unchanged;
        entry.articleId = earlier.articleId;
        entry.notes.clear(); // told when it was imported
        entry.remoteImages.clear();
        entry.reason = earlier.otherItem.isEmpty()
                ? tr("imported on %1, not changed since").arg(earlier.importedAt)
                : tr("the same file as %1, imported before").arg(earlier.otherItem);
        if (!m_options.dryRun && !earlier.otherItem.isEmpty()) {
            if (Status recorded = m_library.database().transaction([&] {
                    return record(keys, earlier.articleId, prepared.contentHash);
                });
                !recorded)
                entry.notes.append(recorded.error().message());
        }
        return entry;
    }

    Article article;
    if (earlier.articleId) {
        Result<Article> stored = m_library.articles().byId(earlier.articleId);
        if (!stored)
            return skipped(stored.error().message());
        if (stored.value().isTrashed())
            return skipped(tr("its article #%1 is in the trash: restore it to import this "
                              "again")
                                   .arg(earlier.articleId));
        article = stored.value();
    }
    if (m_options.dryRun) {
        if (Status filled = fill(article, prepared, entry); !filled)
            return skipped(filled.error().message());
        if (Status images = storeImages(prepared, article.body, entry); !images)
            return skipped(images.error().message());
        entry.outcome = earlier.articleId ? ImportReport::Outcome::Updated
                                          : ImportReport::Outcome::Imported;
        entry.articleId = earlier.articleId;
        return entry;
    }

    Status written = m_library.database().transaction([&]() -> Status {
        if (Status filled = fill(article, prepared, entry); !filled)
            return filled;
        if (Status images = storeImages(prepared, article.body, entry); !images)
            return images;
        if (earlier.articleId) {
            Result<Article> saved = m_workflow.save(article, detail(prepared));
            if (!saved)
                return saved.error();
            article = saved.value();
            entry.outcome = ImportReport::Outcome::Updated;
        } else {
            Result<qint64> created = m_workflow.createImported(article, detail(prepared));
            if (!created)
                return created.error();
            article.id = created.value();
            article.status = ArticleStatus::Draft;
            entry.outcome = ImportReport::Outcome::Imported;
        }
        entry.articleId = article.id;
        const ArticleStatus state = article.reviewState();
        if (m_options.submit && !document.draft
            && (state == ArticleStatus::Draft || state == ArticleStatus::Returned)) {
            if (Result<Article> submitted = m_workflow.submit(article.id); !submitted)
                return submitted.error();
        } else if (m_options.submit && document.draft) {
            entry.notes.append(tr("kept as a draft: the file marks it as one"));
        }
        return record(keys, article.id, prepared.contentHash);
    });
    if (!written)
        return skipped(written.error().message());
    return entry;
}

} // namespace Newsdesk
