#include "exporter.h"

#include "workflow/permissions.h"

#include "export/bundlecommit.h"
#include "export/bundlefile.h"
#include "export/digest.h"
#include "export/manifest.h"
#include "export/mediavariants.h"
#include "export/pagekeys.h"
#include "export/renderpool.h"
#include "export/sitefiles.h"
#include "export/staging.h"
#include "export/ziparchive.h"
#include "render/renderer.h"
#include "render/sitedata.h"
#include "render/sitepaths.h"
#include "storage/library.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <mutex>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
// Goes up whenever the same library would give different bytes (a renderer or theme change in
// this program): a manifest from another generator matches no page, so everything is redone.
constexpr int OutputRevision = 1;

QString generatorName()
{
    return u"Newsdesk %1 (output %2)"_s.arg(QStringLiteral(NEWSDESK_VERSION)).arg(OutputRevision);
}

bool isZip(const QString &target)
{
    return target.endsWith(u".zip"_s, Qt::CaseInsensitive);
}

// The SHA-256 of every file of the theme, in path order.
QByteArray themeDigest(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    Digest digest;
    for (const QString &file : std::as_const(files)) {
        QFile f(file);
        digest.add(file.mid(folder.size()));
        if (f.open(QIODevice::ReadOnly))
            digest.add(f.readAll());
    }
    return digest.result();
}

// The media an article's body shows (src="media:ID").
QList<qint64> bodyMedia(const QString &body)
{
    static const QRegularExpression source(u"src=\"media:(\\d+)\""_s);
    QList<qint64> ids;
    for (auto it = source.globalMatch(body); it.hasNext();) {
        const qint64 id = it.next().captured(1).toLongLong();
        if (!ids.contains(id))
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString hex(const QByteArray &key)
{
    return QString::fromLatin1(key.toHex());
}
} // namespace

// One export from start to end: the state shared by its steps.
class ExportRun final
{
public:
    ExportRun(Library &library, const ExportOptions &options,
              const Exporter::ProgressCallback &progress, const std::atomic_bool *cancel)
        : m_library(library)
        , m_options(options)
        , m_progress(progress)
        , m_cancel(cancel)
    {
    }

    Result<ExportSummary> run();

private:
    Status checkTarget() const;
    Status loadPrevious();
    Status cancelled() const;
    void report(ExportProgress::Phase phase, qint64 done, qint64 total) const;
    // Records a file of the new bundle; writes it to the staging folder unless the previous
    // bundle has it with the same bytes (incremental). Thread-safe.
    Status put(const QString &path, const QByteArray &bytes, const QString &key,
               const QList<qint64> &articles);
    // Keeps a file of the previous bundle as it is (an unchanged page not rendered again).
    void keep(const QString &path);
    Status renderPages();
    Status addArticleJob(RenderPool &pool, Article article, int index, const QString &key);
    Status writeMedia();
    Status writeSiteFiles();
    Status commit();
    Status commitZip(const QStringList &paths);

    Library &m_library;
    ExportOptions m_options;
    const Exporter::ProgressCallback &m_progress;
    const std::atomic_bool *m_cancel;

    bool m_zip = false;
    QString m_target;
    std::shared_ptr<const SiteData> m_site;
    QString m_themeFolder;
    std::unique_ptr<PageKeys> m_keys;
    std::optional<Manifest> m_previous;
    QByteArray m_previousJson; // its bytes
    bool m_incremental = false;
    std::unique_ptr<Staging> m_staging;

    std::mutex m_mutex; // guards what follows while pages render
    Manifest m_manifest;
    QStringList m_written;
    qint64 m_bytesWritten = 0;
    ExportSummary m_summary;
};

Result<ExportSummary> Exporter::run(Library &library, const ExportOptions &options,
                                    const ProgressCallback &progress,
                                    const std::atomic_bool *cancel)
{
    ExportOptions checked = options;
    if (checked.user) {
        if (Status allowed = Permissions::require(*checked.user, Permission::Export); !allowed)
            return allowed.error();
        checked.userId = checked.user->id;
    }
    ExportRun run(library, checked, progress, cancel);
    return run.run();
}

Status ExportRun::cancelled() const
{
    if (m_cancel && m_cancel->load())
        return Error(Error::Kind::Cancelled,
                     Exporter::tr("The export was cancelled; %1 is as it was.").arg(m_target));
    return {};
}

void ExportRun::report(ExportProgress::Phase phase, qint64 done, qint64 total) const
{
    if (m_progress)
        m_progress(ExportProgress {phase, done, total});
}

Status ExportRun::checkTarget() const
{
    const QFileInfo info(m_target);
    if (m_options.target.trimmed().isEmpty())
        return Error(Error::Kind::Invalid, Exporter::tr("No export target was given."));
    if (m_zip) {
        if (info.isDir()) {
            return Error(Error::Kind::Invalid,
                         Exporter::tr("%1 is a folder, not a .zip file.").arg(m_target));
        }
        return {};
    }
    if (info.exists() && !info.isDir()) {
        return Error(Error::Kind::Invalid,
                     Exporter::tr("%1 is a file: export into a folder, or to a name ending "
                                  "in .zip.")
                             .arg(m_target));
    }
    if (info.isDir() && !QFileInfo::exists(m_target + u'/' + Manifest::FileName)
        && !QDir(m_target).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        return Error(Error::Kind::AlreadyExists,
                     Exporter::tr("%1 is not empty and holds no Newsdesk bundle (no %2), so it "
                                  "is left alone: export into an empty or new folder, or into "
                                  "a previous export.")
                             .arg(m_target, Manifest::FileName));
    }
    return {};
}

Status ExportRun::loadPrevious()
{
    const QString manifestName =
            m_zip ? m_target + u':' + Manifest::FileName : m_target + u'/' + Manifest::FileName;
    Result<QByteArray> bytes = Error(Error::Kind::NotFound, QString());
    if (m_zip) {
        if (QFileInfo::exists(m_target))
            bytes = ZipReader::read(m_target, Manifest::FileName);
    } else {
        QFile file(m_target + u'/' + Manifest::FileName);
        if (file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
    }
    if (!bytes) {
        if (m_options.incremental) {
            m_summary.warnings.append(
                    Exporter::tr("%1 holds no previous export, so everything was exported.")
                            .arg(m_target));
        }
        return {};
    }
    Result<Manifest> manifest = Manifest::fromJson(bytes.value(), manifestName);
    if (!manifest) {
        if (m_options.incremental) {
            m_summary.warnings.append(
                    Exporter::tr("The previous manifest cannot be used (%1), so everything was "
                                 "exported.")
                            .arg(manifest.error().message()));
        }
        return {};
    }
    m_previous = std::move(manifest).value();
    m_previousJson = bytes.value();
    m_incremental = m_options.incremental;
    return {};
}

Status ExportRun::put(const QString &path, const QByteArray &bytes, const QString &key,
                      const QList<qint64> &articles)
{
    Manifest::File file;
    file.sha256 = Digest::sha256Hex(bytes);
    file.size = bytes.size();
    file.key = key;
    file.articles = articles;
    bool same = false;
    if (m_previous) {
        const auto it = m_previous->files.find(path);
        same = it != m_previous->files.end() && it->second.sha256 == file.sha256;
    }
    const bool write = !m_incremental || !same;
    if (write) {
        if (Status s = m_staging->write(path, bytes); !s)
            return s;
    }
    std::lock_guard lock(m_mutex);
    if (same)
        ++m_summary.unchanged;
    else
        ++m_summary.written;
    if (write) {
        m_written.append(path);
        m_bytesWritten += bytes.size();
    }
    m_manifest.files.insert_or_assign(path, std::move(file));
    return {};
}

void ExportRun::keep(const QString &path)
{
    std::lock_guard lock(m_mutex);
    m_manifest.files.insert_or_assign(path, m_previous->files.at(path));
    ++m_summary.unchanged;
}

Status ExportRun::addArticleJob(RenderPool &pool, Article article, int index, const QString &key)
{
    const SiteData &site = *m_site;
    QList<qint64> shows {article.id};
    const auto [previous, next] = site.neighbours(index);
    for (int neighbour : {previous, next}) {
        if (neighbour >= 0)
            shows.append(site.articles().at(neighbour).id);
    }
    const bool posted = pool.post(
            [this, article = std::move(article), key, shows](Renderer &renderer) -> Status {
                const int count = Renderer::articlePageCount(article);
                Manifest::Article entry;
                entry.key = key;
                entry.media = bodyMedia(article.body);
                for (int number = 1; number <= count; ++number) {
                    Result<RenderedPage> page = renderer.articlePage(article, number);
                    if (!page)
                        return page.error();
                    if (Status s = put(page.value().path, page.value().html, key, shows); !s)
                        return s;
                    entry.pages.append(page.value().path);
                }
                std::lock_guard lock(m_mutex);
                m_manifest.articles.insert(article.id, std::move(entry));
                return {};
            });
    return posted ? Status() : cancelled();
}

Status ExportRun::renderPages()
{
    const SiteData &site = *m_site;
    RenderPool pool(m_options.threads, m_themeFolder, m_site);
    if (Status s = pool.start(); !s)
        return s;
    qint64 total = 0;
    const auto unchanged = [this](const QString &path, const QString &key) {
        if (!m_incremental)
            return false;
        const auto it = m_previous->files.find(path);
        return it != m_previous->files.end() && it->second.key == key;
    };
    using RenderFn = std::function<Result<RenderedPage>(Renderer &)>;
    const auto page = [&](const QString &path, const QByteArray &key, const QList<qint64> &shows,
                          RenderFn render) -> bool {
        const QString keyHex = hex(key);
        if (unchanged(path, keyHex)) {
            keep(path);
            return true;
        }
        ++total;
        return pool.post([this, keyHex, shows, render = std::move(render)](Renderer &r) -> Status {
            Result<RenderedPage> rendered = render(r);
            if (!rendered)
                return rendered.error();
            return put(rendered.value().path, rendered.value().html, keyHex, shows);
        });
    };
    const auto listed = [&](const QList<int> &listing, int pageSize, int number) {
        const Renderer::ListShape shape = Renderer::listShape(listing.size(), pageSize, number);
        QList<qint64> ids;
        for (qsizetype i = shape.end - 1; i >= shape.begin; --i)
            ids.append(site.articles().at(listing.at(i)).id);
        return ids;
    };
    const auto ids = [&](const QList<int> &indexes) {
        QList<qint64> list;
        for (int index : indexes)
            list.append(site.articles().at(index).id);
        return list;
    };

    // The site's own pages first: they are few and tell the queue's threads what to do while
    // the articles are read.
    QList<qint64> homeShows = ids(site.scrolling()) + ids(site.slides()) + ids(site.headlines());
    for (qint64 id : site.navigation())
        homeShows += ids(site.latestIn(id));
    bool ok = page(SitePaths::HomePage, m_keys->home(), homeShows,
                   [](Renderer &r) { return r.homePage(); });
    ok = ok && page(SitePaths::NotFoundPage, m_keys->plain(u"404"_s), {}, [](Renderer &r) {
             return r.notFoundPage();
         });
    ok = ok && page(SitePaths::SearchPage, m_keys->plain(u"search"_s), {}, [](Renderer &r) {
             return r.searchPage();
         });
    for (const SiteChannel &channel : site.channels()) {
        if (channel.channel.isRoot())
            continue;
        const int size = std::max(1, channel.channel.pageSize);
        const qint64 id = channel.channel.id;
        const int pages = Renderer::listShape(channel.listing.size(), size, 0).pageCount;
        for (int n = 0; ok && n <= pages; ++n) {
            const QString path = n == 0 ? SitePaths::channelIndex(channel.path)
                                        : SitePaths::channelList(channel.path, n);
            ok = page(path, m_keys->list(u"c"_s + QString::number(id), channel.listing, size, n),
                      listed(channel.listing, size, n),
                      [id, n](Renderer &r) { return r.channelPage(id, n); });
        }
    }
    for (const SiteTag &tag : site.tags()) {
        const int size = Renderer::TagPageSize;
        const int pages = Renderer::listShape(tag.listing.size(), size, 0).pageCount;
        for (int n = 0; ok && n <= pages; ++n) {
            const QString path =
                    n == 0 ? SitePaths::tagIndex(tag.slug) : SitePaths::tagList(tag.slug, n);
            const QString name = tag.name;
            ok = page(path, m_keys->list(u"t"_s + name, tag.listing, size, n),
                      listed(tag.listing, size, n),
                      [name, n](Renderer &r) { return r.tagPage(name, n); });
        }
    }
    for (int i = 0; ok && i < site.withdrawn().size(); ++i) {
        ok = page(site.withdrawnPathOf(i), m_keys->withdrawn(i), {},
                  [i](Renderer &r) { return r.withdrawnPage(i); });
    }

    // Articles: unchanged ones keep their pages; the others are read and rendered.
    QHash<qint64, QString> needed; // article id → its key
    for (int i = 0; ok && i < site.articles().size(); ++i) {
        const SiteArticle &a = site.articles().at(i);
        const QString key = hex(m_keys->article(i));
        if (m_incremental) {
            const auto it = m_previous->articles.constFind(a.id);
            if (it != m_previous->articles.constEnd() && it->key == key
                && std::all_of(it->pages.cbegin(), it->pages.cend(),
                               [&](const QString &p) { return m_previous->files.count(p) > 0; })) {
                for (const QString &p : it->pages)
                    keep(p);
                std::lock_guard lock(m_mutex);
                m_manifest.articles.insert(a.id, *it);
                continue;
            }
        }
        needed.insert(a.id, key);
    }
    total += needed.size();
    report(ExportProgress::Phase::Rendering, 0, total);

    Status status = cancelled();
    // Few articles: read each by id. Many: one pass over every live article.
    const auto visit = [&](const Article &article) -> Status {
        if (Status s = cancelled(); !s)
            return s;
        const int index = site.indexOf(article.id);
        const auto key = needed.constFind(article.id);
        if (index < 0 || key == needed.constEnd())
            return {};
        report(ExportProgress::Phase::Rendering, pool.completed(), total);
        return addArticleJob(pool, article, index, *key);
    };
    if (ok && status) {
        if (needed.size() <= 200) {
            QList<qint64> sorted = needed.keys();
            std::sort(sorted.begin(), sorted.end());
            for (qint64 id : std::as_const(sorted)) {
                Result<Article> article = m_library.publication().approvedVersion(id);
                if (!article) {
                    status = article.error();
                    break;
                }
                if (status = visit(article.value()); !status)
                    break;
            }
        } else {
            status = m_library.publication().forEachLive(site.asOf(), visit);
        }
    }
    if (!status)
        pool.fail(status.error());
    Status finished = pool.finish([&] {
        report(ExportProgress::Phase::Rendering, pool.completed(), total);
        if (m_cancel && m_cancel->load())
            pool.fail(cancelled().error());
    });
    if (!finished)
        return finished;
    report(ExportProgress::Phase::Rendering, total, total);
    return status;
}

Status ExportRun::writeMedia()
{
    const SiteData &site = *m_site;
    QSet<qint64> used;
    for (const SiteArticle &a : site.articles()) {
        if (site.media(a.coverMediaId))
            used.insert(a.coverMediaId);
    }
    for (const Manifest::Article &a : std::as_const(m_manifest.articles)) {
        for (qint64 id : a.media)
            used.insert(id);
    }
    QList<qint64> ids(used.cbegin(), used.cend());
    std::sort(ids.begin(), ids.end());

    // An image whose files the previous bundle has (the names say the content) is kept, or
    // copied from the previous folder in a full export; the others are read and their
    // variants made on every core, a batch of images at a time.
    struct Work
    {
        const Media *media = nullptr;
        QByteArray original;
        QList<QByteArray> variants;
        QString error;
    };
    QList<Work> batch;
    const auto flush = [&]() -> Status {
        QtConcurrent::blockingMap(batch, [](Work &work) {
            Result<QList<QByteArray>> made = MediaVariants::renderAll(*work.media, work.original);
            if (made)
                work.variants = std::move(made).value();
            else
                work.error = made.error().message();
        });
        for (const Work &work : std::as_const(batch)) {
            if (!work.error.isEmpty())
                return Error(Error::Kind::Invalid, work.error);
            if (Status s = put(SitePaths::media(*work.media), work.original, QString(), {}); !s)
                return s;
            const QList<int> widths = MediaVariants::widths(*work.media);
            for (qsizetype i = 0; i < widths.size(); ++i) {
                if (Status s = put(MediaVariants::path(*work.media, widths.at(i)),
                                   work.variants.at(i), QString(), {});
                    !s)
                    return s;
            }
        }
        batch.clear();
        return {};
    };
    for (qint64 id : std::as_const(ids)) {
        if (Status s = cancelled(); !s)
            return s;
        const Media *m = site.media(id);
        if (!m)
            continue; // a body pointing at a deleted image: the page shows its alt text
        QStringList paths {SitePaths::media(*m)};
        for (int width : MediaVariants::widths(*m))
            paths.append(MediaVariants::path(*m, width));
        const bool previous = m_previous
                && std::all_of(paths.cbegin(), paths.cend(),
                               [&](const QString &p) { return m_previous->files.count(p) > 0; });
        if (previous && m_incremental) {
            for (const QString &path : std::as_const(paths))
                keep(path);
            continue;
        }
        if (previous && !m_zip) {
            bool copied = true;
            for (const QString &path : std::as_const(paths)) {
                QFile file(m_target + u'/' + path);
                const QByteArray bytes =
                        file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
                if (Digest::sha256Hex(bytes) != m_previous->files.at(path).sha256) {
                    copied = false;
                    break;
                }
                if (Status s = put(path, bytes, QString(), {}); !s)
                    return s;
            }
            if (copied)
                continue;
        }
        Result<QByteArray> bytes = m_library.media().data(id);
        if (!bytes)
            return bytes.error();
        batch.append({m, std::move(bytes).value(), {}, {}});
        if (batch.size() >= 16) {
            if (Status s = flush(); !s)
                return s;
        }
    }
    return flush();
}

Status ExportRun::writeSiteFiles()
{
    // Feeds, sitemap, robots.txt and the search index: cheap to make from SiteData (a few
    // milliseconds for 10,000 articles), so they are made every time and compared by content.
    QList<BundleFile> files = SiteFiles::feeds(*m_site);
    files += SiteFiles::sitemaps(*m_site);
    files.append(SiteFiles::robots(*m_site));
    files.append(SiteFiles::searchIndex(*m_site));
    for (const BundleFile &file : std::as_const(files)) {
        if (Status s = put(file.path, file.bytes, QString(), file.articles); !s)
            return s;
    }
    Result<Theme> theme = Theme::load(m_themeFolder);
    if (!theme)
        return theme.error();
    for (const QString &asset : theme.value().assets()) {
        Result<QByteArray> bytes = theme.value().asset(asset);
        if (!bytes)
            return bytes.error();
        if (Status s = put(SitePaths::ThemeFolder + asset, bytes.value(), QString(), {}); !s)
            return s;
    }
    return {};
}

Status ExportRun::commitZip(const QStringList &paths)
{
    const QString temporary = m_staging->root() + u"/.bundle.zip"_s;
    Result<std::unique_ptr<ZipWriter>> zip = ZipWriter::create(temporary);
    if (!zip)
        return zip.error();
    const QSet<QString> written(m_written.cbegin(), m_written.cend());
    std::unique_ptr<ZipReader> previous;
    if (m_incremental) {
        Result<std::unique_ptr<ZipReader>> opened = ZipReader::open(m_target);
        if (!opened)
            return opened.error();
        previous = std::move(opened).value();
    }
    QString previousPath;
    QByteArray previousBytes;
    qint64 done = 0;
    for (const QString &path : paths) {
        if (Status s = cancelled(); !s)
            return s;
        report(ExportProgress::Phase::Committing, done++, paths.size());
        QByteArray bytes;
        if (written.contains(path)) {
            QFile file(m_staging->filePath(path));
            if (!file.open(QIODevice::ReadOnly)) {
                return Error(Error::Kind::Io,
                             Exporter::tr("Cannot read %1: %2.")
                                     .arg(file.fileName(), file.errorString()));
            }
            bytes = file.readAll();
        } else {
            // Unchanged: the previous zip's entry, which comes later in the same order.
            while (previousPath != path) {
                Result<bool> more = previous->next(&previousPath, &previousBytes);
                if (!more)
                    return more.error();
                if (!more.value()) {
                    return Error(Error::Kind::Corrupt,
                                 Exporter::tr("%1 does not hold %2 where its manifest says; "
                                              "export in full instead.")
                                         .arg(m_target, path));
                }
            }
            bytes = previousBytes;
        }
        if (Status s = zip.value()->add(path, bytes); !s)
            return s;
    }
    if (Status s = zip.value()->finish(); !s)
        return s;
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(m_target).constData())
        != 0) {
        return Error(Error::Kind::Io,
                     Exporter::tr("Cannot move the new zip file to %1: %2.")
                             .arg(m_target, Staging::reason(errno)));
    }
    return {};
}

Status ExportRun::commit()
{
    const SiteData &site = *m_site;
    // Approved articles become published with this export, at their next version: the
    // manifest records that version's key so the next incremental export keeps their pages.
    QList<PublicationRepository::Exported> publishing;
    if (m_options.markPublished) {
        for (int i = 0; i < site.articles().size(); ++i) {
            const SiteArticle &a = site.articles().at(i);
            if (a.status != ArticleStatus::Approved)
                continue;
            publishing.append({a.id, a.version});
            const QString key = hex(m_keys->article(i, a.version + 1));
            auto it = m_manifest.articles.find(a.id);
            if (it == m_manifest.articles.end())
                continue;
            it->key = key;
            for (const QString &page : std::as_const(it->pages))
                m_manifest.files.at(page).key = key;
        }
    }
    QStringList removed; // files of the previous bundle that the new one has not
    if (m_previous) {
        for (const auto &[path, file] : m_previous->files) {
            if (!m_manifest.files.count(path))
                removed.append(path);
        }
    }
    m_summary.removed = int(removed.size());
    const QByteArray manifest = m_manifest.toJson();
    const bool manifestChanged = !m_incremental || manifest != m_previousJson;
    // Nothing to write: the bundle stays as it is (approved articles are still marked).
    const bool bundleChanged = manifestChanged || !m_written.isEmpty() || m_summary.removed > 0;
    if (manifestChanged) {
        if (Status s = m_staging->write(Manifest::FileName, manifest); !s)
            return s;
    }
    QStringList all;
    for (const auto &[path, file] : m_manifest.files)
        all.append(path);
    all.append(Manifest::FileName);
    std::sort(all.begin(), all.end());
    if (m_zip && !m_incremental)
        m_written = all; // every file is in the staging folder
    else if (m_zip && manifestChanged)
        m_written.append(Manifest::FileName);

    report(ExportProgress::Phase::Committing, 0, 1);
    if (Status s = cancelled(); !s)
        return s;
    const QString detail = Exporter::tr("exported to %1").arg(m_target);
    return m_library.database().transaction([&]() -> Status {
        if (!publishing.isEmpty()) {
            Result<QList<qint64>> marked =
                    m_library.publication().markPublished(publishing, m_options.userId, detail);
            if (!marked)
                return marked.error();
            m_summary.published = marked.value();
        }
        // The export itself on the record, in the transaction that commits it.
        Result<qint64> audited = m_library.history().audit(
                {0, QDateTime::currentDateTimeUtc(), m_options.userId, u"export"_s, 0,
                 Exporter::tr("%1: %2 files written, %3 unchanged, %4 removed; %n newly "
                              "published",
                              nullptr, int(m_summary.published.size()))
                         .arg(m_target)
                         .arg(m_summary.written)
                         .arg(m_summary.unchanged)
                         .arg(m_summary.removed)});
        if (!audited)
            return audited.error();
        if (!bundleChanged)
            return Status();
        if (m_zip)
            return commitZip(all);
        if (!m_incremental) {
            if (Status s = BundleCommit::swapFolder(m_staging->root(), m_target); !s)
                return s;
            if (!QFileInfo::exists(m_staging->root()))
                m_staging->release(); // the target did not exist: the folder became it
            return {};
        }
        QStringList changed = m_written;
        std::sort(changed.begin(), changed.end());
        if (manifestChanged)
            changed.append(Manifest::FileName); // last: the bundle is whole before it says so
        return BundleCommit::applyChanges(m_staging->root(), m_target, changed, removed,
                                          m_staging->root() + u"/.previous"_s);
    });
}

Result<ExportSummary> ExportRun::run()
{
    QElapsedTimer timer;
    timer.start();
    m_zip = isZip(m_options.target);
    m_target = QFileInfo(m_options.target).absoluteFilePath();
    m_summary.target = m_target;
    m_summary.zip = m_zip;
    if (Status s = checkTarget(); !s)
        return s.error();
    report(ExportProgress::Phase::Loading, 0, 0);
    QElapsedTimer phase;
    phase.start();
    const auto lap = [&](const QString &name) {
        m_summary.phases.append({name, double(phase.nsecsElapsed()) / 1e9});
        phase.restart();
    };
    if (Status s = loadPrevious(); !s)
        return s.error();
    lap(u"manifest"_s);

    SiteData::Options siteOptions;
    siteOptions.asOf = m_options.asOf;
    siteOptions.baseUrl = m_options.baseUrl;
    if (m_previous) {
        for (const auto &[name, slug] : m_previous->tagSlugs)
            siteOptions.knownSlugs.insert(name, slug);
    }
    Result<std::shared_ptr<const SiteData>> site = SiteData::load(m_library, siteOptions);
    if (!site)
        return site.error();
    m_site = std::move(site).value();
    lap(u"site data"_s);
    m_themeFolder =
            m_site->settings().theme.isEmpty() ? Theme::DefaultFolder : m_site->settings().theme;
    m_summary.incremental = m_incremental;
    for (const SiteTag &tag : m_site->tags())
        m_manifest.tagSlugs.emplace(tag.name, tag.baseSlug);
    m_keys = std::make_unique<PageKeys>(*m_site, themeDigest(m_themeFolder), generatorName());
    lap(u"keys"_s);
    m_manifest.generator = generatorName();
    m_manifest.site = hex(m_keys->site());
    for (const QList<int> &block : {m_site->recommended(), m_site->hot()}) {
        for (int index : block)
            m_manifest.siteArticles.append(m_site->articles().at(index).id);
    }
    if (m_site->settings().baseUrl.isEmpty()) {
        m_summary.warnings.append(
                Exporter::tr("The site has no base URL (Library > Site Settings, or --base-url): "
                             "the feeds and the sitemap need one and were left out."));
    }

    Result<std::unique_ptr<Staging>> staging = Staging::create(m_target);
    if (!staging)
        return staging.error();
    m_staging = std::move(staging).value();
    if (m_options.beforeWrite)
        m_staging->setBeforeWrite(m_options.beforeWrite);

    if (Status s = renderPages(); !s)
        return s.error();
    lap(u"render"_s);
    if (Status s = writeMedia(); !s)
        return s.error();
    lap(u"media"_s);
    if (Status s = writeSiteFiles(); !s)
        return s.error();
    lap(u"site files"_s);
    if (Status s = commit(); !s)
        return s.error();
    lap(u"commit"_s);
    m_summary.articles = int(m_site->articles().size());
    m_summary.files = int(m_manifest.files.size()) + 1;
    m_summary.bytesWritten = m_bytesWritten;
    m_summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    report(ExportProgress::Phase::Committing, 1, 1);
    return m_summary;
}

} // namespace Newsdesk
