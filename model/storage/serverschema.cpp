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
} // namespace

QStringList ServerSchema::statements()
{
    return notifications();
}

} // namespace Newsdesk
