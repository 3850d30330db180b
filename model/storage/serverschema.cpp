#include "serverschema.h"

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
// Every committed change is announced to the desktops listening (PostgreSQL delivers
// notifications at commit and folds identical ones of a transaction into one).
QStringList notifications()
{
    QStringList sql {uR"(CREATE FUNCTION newsdesk_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    changed JSONB;
BEGIN
    IF TG_OP = 'DELETE' THEN changed := to_jsonb(OLD); ELSE changed := to_jsonb(NEW); END IF;
    -- The trigger's argument names the column holding the id to announce.
    PERFORM pg_notify('newsdesk_changes',
                      TG_TABLE_NAME || ' ' || coalesce(changed ->> TG_ARGV[0], '0'));
    RETURN NULL;
END $$)"_s};
    const QList<std::pair<QString, QString>> announced {
            {u"articles"_s, u"id"_s},          {u"leases"_s, u"article_id"_s},
            {u"review_comments"_s, u"article_id"_s}, {u"channels"_s, u"id"_s},
            {u"tags"_s, u"id"_s},              {u"users"_s, u"id"_s},
            {u"site_settings"_s, u"none"_s}};
    for (const auto &[table, key] : announced) {
        sql.append(u"CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE ON %1 "
                   "FOR EACH ROW EXECUTE FUNCTION newsdesk_notify_change('%2')"_s.arg(table, key));
    }
    return sql;
}
// Who is connected. People log in as themselves (a login role named like their users row);
// the database's owner and superusers are trusted and keep every right, as the owner of an
// SQLite file does. The functions run as their owner so that nobody can shadow what they read.
QStringList identity()
{
    return {uR"(CREATE FUNCTION newsdesk_trusted() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT r.rolsuper OR pg_has_role(session_user, d.datdba, 'MEMBER')
    FROM pg_roles r, pg_database d
    WHERE r.rolname = session_user AND d.datname = current_database()
$$)"_s,
            uR"(CREATE FUNCTION newsdesk_me() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT id FROM users WHERE name = session_user AND active = 1
$$)"_s,
            // 3 admin, 2 chief editor, 1 editor, 0 none: membership of the library's group
            // roles, which only the owner grants.
            uR"(CREATE FUNCTION newsdesk_rank() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT CASE
        WHEN pg_has_role(session_user, current_database() || '_admin', 'MEMBER') THEN 3
        WHEN pg_has_role(session_user, current_database() || '_chief', 'MEMBER') THEN 2
        WHEN pg_has_role(session_user, current_database() || '_editor', 'MEMBER') THEN 1
        ELSE 0 END
$$)"_s,
            // Whether the person connected may write to an article: chief editors any, editors
            // their own.
            uR"(CREATE FUNCTION newsdesk_may_write(article BIGINT) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT newsdesk_trusted() OR newsdesk_rank() >= 2
        OR EXISTS (SELECT 1 FROM articles a WHERE a.id = article
                   AND a.created_by = newsdesk_me())
$$)"_s};
}

// The group roles DB_editor, DB_chief and DB_admin (chief editors are editors too, admins chief
// editors) and what each may do with the tables. Nobody but the owner may rewrite or delete
// history: revisions, the audit log and review comments only grow, and articles are never
// deleted (the trash keeps them).
QStringList roles()
{
    return {uR"(DO $$
DECLARE
    db TEXT := current_database();
    editor TEXT := db || '_editor';
    chief TEXT := db || '_chief';
    admin TEXT := db || '_admin';
    role TEXT;
BEGIN
    FOREACH role IN ARRAY ARRAY[editor, chief, admin] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', role);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', editor, chief);
    EXECUTE format('GRANT %I TO %I', chief, admin);
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', db, editor);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), editor);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), editor);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), editor);
    EXECUTE format('GRANT INSERT, UPDATE ON articles, media TO %I', editor);
    EXECUTE format('GRANT INSERT ON revisions, audit_log, review_comments, tags TO %I', editor);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON article_tags, article_channels, leases, '
                   'search_index TO %I', editor);
    EXECUTE format('GRANT UPDATE, DELETE ON tags, channels TO %I', chief);
    EXECUTE format('GRANT INSERT ON channels TO %I', chief);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON site_settings, ad_slots TO %I', admin);
    EXECUTE format('GRANT UPDATE ON users TO %I', admin);
END $$)"_s};
}

// The workflow's rules for editors (Transitions), checked on every row an editor writes: own
// articles only, no approval, no front-page arrangement, nothing once submitted or live but a
// staged edit.
QStringList articleRules()
{
    return {uR"(CREATE FUNCTION newsdesk_guard_article() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    me BIGINT;
    curation CONSTANT INTEGER := 31; -- 头条 推荐 幻灯 特荐 滚动
    who TEXT := session_user;
BEGIN
    IF newsdesk_trusted() THEN
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
    END IF;
    me := newsdesk_me();
    IF me IS NULL OR newsdesk_rank() = 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('%s is not an active member of this newsroom.', who);
    END IF;
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('%s cannot delete article %s: articles go to the trash, and only '
                             'the database owner removes them.', who, OLD.id);
    END IF;
    IF newsdesk_rank() >= 2 THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.created_by IS DISTINCT FROM me THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                MESSAGE = format('%s (editor) can only write articles in their own name.', who);
        END IF;
        IF NEW.status NOT IN ('draft', 'submitted') OR NEW.approved_by IS NOT NULL
           OR NEW.approved_revision_id IS NOT NULL OR NEW.approved_hash <> '' THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                MESSAGE = format('%s (editor) cannot approve articles: that takes a chief '
                                 'editor.', who);
        END IF;
        IF (NEW.flags & curation) <> 0 OR NEW.weight <> 0 THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                MESSAGE = format('%s (editor) cannot arrange the front page.', who);
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.created_by IS DISTINCT FROM me THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('%s (editor) cannot change article %s: only its author or a chief '
                             'editor may.', who, OLD.id);
    END IF;
    IF NEW.created_by IS DISTINCT FROM OLD.created_by OR NEW.created_at <> OLD.created_at
       OR NEW.id <> OLD.id THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('%s (editor) cannot change who wrote article %s.', who, OLD.id);
    END IF;
    IF NEW.approved_by IS DISTINCT FROM OLD.approved_by
       OR NEW.approved_at IS DISTINCT FROM OLD.approved_at
       OR NEW.approved_revision_id IS DISTINCT FROM OLD.approved_revision_id
       OR NEW.approved_hash IS DISTINCT FROM OLD.approved_hash
       OR (NEW.status <> OLD.status AND NEW.status IN ('approved', 'published', 'withdrawn'))
       OR (NEW.pending IS DISTINCT FROM OLD.pending
           AND (NEW.pending IS NULL OR NEW.pending = 'returned'))
       OR (NEW.status <> OLD.status AND OLD.status IN ('approved', 'published', 'withdrawn'))
       OR (NEW.status = 'returned' AND OLD.status <> 'returned') THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('%s (editor) cannot approve, return or withdraw article %s: that '
                             'takes a chief editor.', who, OLD.id);
    END IF;
    IF (NEW.flags & curation) <> (OLD.flags & curation) OR NEW.weight <> OLD.weight THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('%s (editor) cannot arrange the front page.', who);
    END IF;
    IF OLD.status = 'withdrawn' OR OLD.status = 'submitted' OR OLD.pending = 'submitted' THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('%s (editor) cannot change article %s while it is %s.', who,
                             OLD.id, CASE WHEN OLD.status = 'withdrawn' THEN 'withdrawn'
                                          ELSE 'waiting for review' END);
    END IF;
    IF NEW.trashed_at IS DISTINCT FROM OLD.trashed_at
       AND OLD.status IN ('approved', 'published') THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('%s (editor) cannot move live article %s to or from the trash.',
                             who, OLD.id);
    END IF;
    RETURN NEW;
END $$)"_s,
            u"CREATE TRIGGER articles_guard BEFORE INSERT OR UPDATE OR DELETE ON articles "
            "FOR EACH ROW EXECUTE FUNCTION newsdesk_guard_article()"_s,
            // An active lease is its holder's until it lapses, unless a chief editor takes
            // it over.
            uR"(CREATE FUNCTION newsdesk_guard_lease() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF newsdesk_trusted() OR newsdesk_rank() >= 2 THEN
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
    END IF;
    IF OLD.user_id IS DISTINCT FROM newsdesk_me()
       AND OLD.expires_at > extract(epoch FROM now())::bigint THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('%s cannot take over the edit lease of article %s: only a chief '
                             'editor may.', session_user, OLD.article_id);
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END $$)"_s,
            u"CREATE TRIGGER leases_guard BEFORE UPDATE OR DELETE ON leases "
            "FOR EACH ROW EXECUTE FUNCTION newsdesk_guard_lease()"_s};
}

// Row-level security: what someone adds is in their own name, to articles they may write.
// The owner is not bound (it owns the tables).
QStringList rowPolicies()
{
    QStringList sql;
    const QList<std::pair<QString, QString>> ownRows {
            {u"revisions"_s, u"saved_by = newsdesk_me() AND newsdesk_may_write(article_id)"_s},
            {u"audit_log"_s, u"user_id = newsdesk_me()"_s},
            {u"review_comments"_s, u"author_id = newsdesk_me()"_s},
            {u"leases"_s, u"user_id = newsdesk_me()"_s},
            {u"article_tags"_s, u"newsdesk_may_write(article_id)"_s},
            {u"article_channels"_s, u"newsdesk_may_write(article_id)"_s}};
    for (const auto &[table, check] : ownRows) {
        sql.append(u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(table));
        sql.append(u"CREATE POLICY %1_read ON %1 FOR SELECT USING (true)"_s.arg(table));
        sql.append(u"CREATE POLICY %1_add ON %1 FOR INSERT WITH CHECK (%2)"_s.arg(table, check));
    }
    // Rows that change: leases (renewed, released, taken over: newsdesk_guard_lease), and an
    // article's tags and channels.
    sql.append(u"CREATE POLICY leases_change ON leases FOR UPDATE USING (true) "
               "WITH CHECK (user_id = newsdesk_me())"_s);
    sql.append(u"CREATE POLICY leases_release ON leases FOR DELETE USING (true)"_s);
    for (const QString &table : {u"article_tags"_s, u"article_channels"_s}) {
        sql.append(u"CREATE POLICY %1_change ON %1 FOR UPDATE USING "
                   "(newsdesk_may_write(article_id)) WITH CHECK (newsdesk_may_write(article_id))"_s
                           .arg(table));
        sql.append(u"CREATE POLICY %1_remove ON %1 FOR DELETE USING "
                   "(newsdesk_may_write(article_id))"_s.arg(table));
    }
    return sql;
}
} // namespace

QStringList ServerSchema::importStatements()
{
    return {uR"(DO $$
BEGIN
    EXECUTE format('GRANT INSERT, UPDATE ON import_sources TO %I', current_database() || '_editor');
    EXECUTE format('GRANT SELECT ON import_sources TO %I', current_database() || '_editor');
END $$)"_s,
            u"ALTER TABLE import_sources ENABLE ROW LEVEL SECURITY"_s,
            u"CREATE POLICY import_sources_read ON import_sources FOR SELECT USING (true)"_s,
            u"CREATE POLICY import_sources_add ON import_sources FOR INSERT WITH CHECK "
            "(imported_by = newsdesk_me() AND newsdesk_may_write(article_id))"_s,
            u"CREATE POLICY import_sources_change ON import_sources FOR UPDATE USING "
            "(newsdesk_may_write(article_id)) WITH CHECK "
            "(imported_by = newsdesk_me() AND newsdesk_may_write(article_id))"_s};
}

QStringList ServerSchema::statements()
{
    return notifications() + identity() + roles() + articleRules() + rowPolicies();
}

} // namespace Newsdesk
