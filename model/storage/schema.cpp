// The library's schema, one Migration per version. Never edit a released step: add a new one.

#include "storage/migrations.h"

#include "core/approvedcontent.h"
#include "search/searchindex.h"
#include "storage/articlerepository.h"
#include "storage/serverschema.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
// Indexes the articles a library already has when it gains the search index.
Status fillSearchIndex(Database &database)
{
    return SearchIndex(database).rebuild();
}

// Approval hashes were SHA-256 of the whole revision snapshot (state and version included);
// they become hashes of the approved content (ApprovedContent), which a later state change
// does not alter. Every approved row is its approved revision then: no staged edits existed.
Status rehashApprovals(Database &database)
{
    Result<QSqlQuery> ids = database.run(
            u"SELECT id FROM articles WHERE approved_by IS NOT NULL OR status IN "
            "('approved', 'published', 'withdrawn') ORDER BY id"_s);
    if (!ids)
        return ids.error();
    QList<qint64> list;
    while (ids.value().next())
        list.append(ids.value().value(0).toLongLong());
    ArticleRepository articles(database);
    for (qint64 id : list) {
        Result<Article> article = articles.byId(id);
        if (!article)
            return article.error();
        if (Result<QSqlQuery> q = database.run(
                    u"UPDATE articles SET approved_hash = ? WHERE id = ?"_s,
                    {ApprovedContent::hash(article.value()), id});
            !q)
            return q.error();
    }
    return {};
}
} // namespace

const QList<Migration> &Migrator::steps()
{
    static const QList<Migration> migrations {
            {1,
             "content model: articles, channels, tags, media, users, history, settings",
             {
                     uR"(CREATE TABLE newsdesk_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL))"_s,
                     uR"(CREATE TABLE users (
    id {id},
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    role TEXT NOT NULL CHECK (role IN ('editor', 'chief', 'admin')),
    password_hash TEXT,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at {bigint} NOT NULL))"_s,
                     uR"(CREATE TABLE channels (
    id {id},
    parent_id {bigint} REFERENCES channels(id) ON DELETE RESTRICT,
    slug TEXT NOT NULL,
    name TEXT NOT NULL CHECK (length(name) > 0),
    sort_order INTEGER NOT NULL DEFAULT 0,
    seo_title TEXT NOT NULL DEFAULT '',
    seo_keywords TEXT NOT NULL DEFAULT '',
    seo_description TEXT NOT NULL DEFAULT '',
    page_size INTEGER NOT NULL DEFAULT 20 CHECK (page_size > 0),
    url_rule TEXT NOT NULL DEFAULT '',
    UNIQUE (parent_id, slug)))"_s,
                     uR"(CREATE TABLE media (
    id {id},
    sha256 TEXT NOT NULL UNIQUE,
    mime_type TEXT NOT NULL,
    file_name TEXT NOT NULL DEFAULT '',
    width INTEGER NOT NULL DEFAULT 0,
    height INTEGER NOT NULL DEFAULT 0,
    byte_size {bigint} NOT NULL,
    caption TEXT NOT NULL DEFAULT '',
    credit TEXT NOT NULL DEFAULT '',
    alt TEXT NOT NULL DEFAULT '',
    data {blob} NOT NULL,
    created_at {bigint} NOT NULL))"_s,
                     uR"(CREATE TABLE articles (
    id {id},
    title TEXT NOT NULL,
    short_title TEXT NOT NULL DEFAULT '',
    subtitle TEXT NOT NULL DEFAULT '',
    title_color TEXT NOT NULL DEFAULT '',
    title_bold INTEGER NOT NULL DEFAULT 0 CHECK (title_bold IN (0, 1)),
    summary TEXT NOT NULL DEFAULT '',
    keywords TEXT NOT NULL DEFAULT '',
    channel_id {bigint} NOT NULL REFERENCES channels(id) ON DELETE RESTRICT,
    flags INTEGER NOT NULL DEFAULT 0,
    redirect_url TEXT NOT NULL DEFAULT '',
    weight INTEGER NOT NULL DEFAULT 0,
    cover_media_id {bigint} REFERENCES media(id) ON DELETE SET NULL,
    source TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    editor TEXT NOT NULL DEFAULT '',
    approved_by {bigint} REFERENCES users(id),
    approved_at {bigint},
    approved_revision_id {bigint},
    approved_hash TEXT NOT NULL DEFAULT '',
    publish_at {bigint},
    expire_at {bigint},
    file_name TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN
        ('draft', 'submitted', 'returned', 'approved', 'published', 'withdrawn')),
    trashed_at {bigint},
    version INTEGER NOT NULL DEFAULT 1,
    clicks {bigint} NOT NULL DEFAULT 0,
    votes_up {bigint} NOT NULL DEFAULT 0,
    votes_down {bigint} NOT NULL DEFAULT 0,
    created_by {bigint} REFERENCES users(id),
    created_at {bigint} NOT NULL,
    updated_at {bigint} NOT NULL,
    body TEXT NOT NULL DEFAULT ''))"_s,
                     // The body is the last column: SQLite reads a row's columns in order, and a
                     // long body before them would push the list columns into overflow pages.
                     u"CREATE INDEX articles_channel ON articles (channel_id, publish_at)"_s,
                     u"CREATE INDEX articles_channel_trash ON articles (channel_id, trashed_at)"_s,
                     // Whether an article is in the trash, without reading its (long) row: the
                     // check every search hit needs.
                     u"CREATE INDEX articles_trash ON articles (trashed_at, id)"_s,
                     // The library list sorts by each of these, then by id, outside or inside
                     // the trash: (key, id, trashed_at) gives the order without sorting and
                     // tests the trash inside the index, so skipping rows to a window deep
                     // in the list reads no table rows. Filters complete from them too.
                     u"CREATE INDEX articles_status ON articles "
                     "(status, updated_at, id, trashed_at)"_s,
                     u"CREATE INDEX articles_status_rank ON articles ((CASE status "
                     "WHEN 'draft' THEN 0 WHEN 'submitted' THEN 1 WHEN 'returned' THEN 2 "
                     "WHEN 'approved' THEN 3 WHEN 'published' THEN 4 ELSE 5 END), id, "
                     "trashed_at)"_s,
                     u"CREATE INDEX articles_updated ON articles (updated_at, id, trashed_at)"_s,
                     u"CREATE INDEX articles_publish ON articles (publish_at, id, trashed_at)"_s,
                     u"CREATE INDEX articles_title ON articles (title, id, trashed_at)"_s,
                     u"CREATE INDEX articles_author ON articles (author, id, trashed_at)"_s,
                     u"CREATE INDEX articles_editor ON articles (editor, id, trashed_at)"_s,
                     u"CREATE INDEX articles_source ON articles (source, id, trashed_at)"_s,
                     u"CREATE INDEX articles_clicks ON articles (clicks, id, trashed_at)"_s,
                     u"CREATE INDEX articles_flags ON articles (flags, id, trashed_at)"_s,
                     uR"(CREATE TABLE article_channels (
    article_id {bigint} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    channel_id {bigint} NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, channel_id)))"_s,
                     u"CREATE INDEX article_channels_channel ON article_channels (channel_id)"_s,
                     uR"(CREATE TABLE tags (
    id {id},
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    slug TEXT NOT NULL DEFAULT ''))"_s,
                     uR"(CREATE TABLE article_tags (
    article_id {bigint} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id {bigint} NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, tag_id)))"_s,
                     u"CREATE INDEX article_tags_tag ON article_tags (tag_id)"_s,
                     uR"(CREATE TABLE revisions (
    id {id},
    article_id {bigint} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    saved_by {bigint} REFERENCES users(id),
    saved_at {bigint} NOT NULL,
    content_hash TEXT NOT NULL,
    snapshot TEXT NOT NULL,
    UNIQUE (article_id, version)))"_s,
                     uR"(CREATE TABLE review_comments (
    id {id},
    article_id {bigint} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    revision_id {bigint} REFERENCES revisions(id),
    author_id {bigint} REFERENCES users(id),
    created_at {bigint} NOT NULL,
    body TEXT NOT NULL))"_s,
                     u"CREATE INDEX review_comments_article ON review_comments (article_id)"_s,
                     uR"(CREATE TABLE audit_log (
    id {id},
    at {bigint} NOT NULL,
    user_id {bigint} REFERENCES users(id),
    action TEXT NOT NULL,
    article_id {bigint},
    detail TEXT NOT NULL DEFAULT ''))"_s,
                     u"CREATE INDEX audit_log_article ON audit_log (article_id, at)"_s,
                     uR"(CREATE TABLE ad_slots (
    id {id},
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    content TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1))))"_s,
                     uR"(CREATE TABLE site_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL))"_s,
             },
             {},
             {},
             nullptr},
            // Full-text search (SearchIndex). The application segments the text (TextSegmenter:
            // one token per Han character, words for Latin), so the tokenizer only has to split
            // at spaces: diacritics are already folded, and marks are part of words.
            //
            // The index is contentless: it holds the index and not a second copy of the text,
            // which lives in articles already. At 100,000 demo articles it took 168 MiB; an FTS5
            // table with its own content took 480 MiB. SQLite 3.40 has no contentless_delete
            // (3.43 and later), so removing or replacing a row takes the 'delete' command with
            // exactly the text that was indexed: search_documents keeps it, the body compressed
            // (103 MiB at 100,000 articles), so that a deletion stays exact even when a later
            // version segments differently. External content over articles cannot work: no
            // column there holds the segmented text, and FTS5 would delete with the wrong one.
            {.version = 2,
             .description = "full-text search index",
             .statements = {},
             .sqliteStatements = {uR"(CREATE VIRTUAL TABLE search_index USING fts5(
    title, body,
    content = '',
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"))"_s,
                                  uR"(CREATE TABLE search_documents (
    article_id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    body BLOB NOT NULL))"_s},
             // PostgreSQL: the same segmented words as tsvectors per article (TsvectorText: all
             // words, and the title's alone), found through GIN indexes. The text stays in
             // articles.
             .postgresStatements = {uR"(CREATE TABLE search_index (
    article_id BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    words TSVECTOR NOT NULL,
    title_words TSVECTOR NOT NULL))"_s,
                                    u"CREATE INDEX search_index_words ON search_index "
                                    "USING GIN (words)"_s,
                                    u"CREATE INDEX search_index_title ON search_index "
                                    "USING GIN (title_words)"_s},
             .after = &fillSearchIndex},
            // The editorial workflow: staged edits of live articles (pending), edit leases, and
            // the audit log read by time and by person.
            {.version = 3,
             .description = "workflow: staged edits, edit leases, audit log by time",
             .statements = {u"ALTER TABLE articles ADD COLUMN pending TEXT "
                            "CHECK (pending IN ('draft', 'submitted', 'returned'))"_s,
                            u"CREATE INDEX articles_pending ON articles (pending, id) "
                            "WHERE pending IS NOT NULL"_s,
                            uR"(CREATE TABLE leases (
    article_id {bigint} PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    user_id {bigint} NOT NULL REFERENCES users(id),
    taken_at {bigint} NOT NULL,
    renewed_at {bigint} NOT NULL,
    expires_at {bigint} NOT NULL))"_s,
                            u"CREATE INDEX audit_log_at ON audit_log (at, id)"_s,
                            u"CREATE INDEX audit_log_user ON audit_log (user_id, at)"_s},
             .sqliteStatements = {},
             .postgresStatements = {},
             .after = &rehashApprovals},
            // A shared newsroom on PostgreSQL: change notifications and the rules enforced by
            // the database (ServerSchema). Nothing changes in SQLite libraries.
            {.version = 4,
             .description = "shared newsroom: notifications, roles and rules on PostgreSQL",
             .statements = {},
             .sqliteStatements = {},
             .postgresStatements = ServerSchema::statements(),
             .after = nullptr},
            // Import (Importer): which outside item became which article, so that importing
            // it again updates that article instead of adding another. key is the item's
            // source URL or its file ("url:https://…", "file:/abs/path", "file:/abs/a.zip!x.md");
            // content_hash the SHA-256 of its bytes, which also finds a copy of an imported file
            // under another name.
            {.version = 5,
             .description = "import: the ledger of imported items",
             .statements = {uR"(CREATE TABLE import_sources (
    key TEXT PRIMARY KEY,
    article_id {bigint} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    content_hash TEXT NOT NULL,
    imported_at {bigint} NOT NULL,
    imported_by {bigint} REFERENCES users(id)))"_s,
                            u"CREATE INDEX import_sources_hash ON import_sources (content_hash)"_s,
                            u"CREATE INDEX import_sources_article ON import_sources (article_id)"_s},
             .sqliteStatements = {},
             .postgresStatements = ServerSchema::importStatements(),
             .after = nullptr},
    };
    return migrations;
}

} // namespace Newsdesk
