#include "articledetailspane.h"

#include "library/articlebodyview.h"
#include "library/articletablemodel.h"
#include "library/channeltreemodel.h"
#include "library/librarysession.h"
#include "storage/library.h"

#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
QString percent(qint64 part, qint64 total)
{
    return total > 0 ? QString::number(qRound(100.0 * double(part) / double(total))) + u'%'
                     : u"0%"_s;
}
} // namespace

ArticleDetailsPane::ArticleDetailsPane(LibrarySession &session, const ChannelTreeModel &channels,
                                       QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_channels(channels)
{
    setObjectName(u"articleDetails"_s);
    m_stack = new QStackedWidget(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_placeholder = new QLabel(tr("Select an article to see its details."), m_stack);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_stack->addWidget(m_placeholder);

    m_sheet = new ArticleBodyView(m_stack);
    m_sheet->setObjectName(u"articleSheet"_s);
    m_sheet->setAccessibleName(tr("Article details"));
    m_stack->addWidget(m_sheet);
    clear();
}

QString ArticleDetailsPane::fieldText(const QString &field) const
{
    if (field == u"body"_s)
        return m_sheet->toPlainText();
    return m_values.value(field);
}

void ArticleDetailsPane::clear()
{
    m_articleId = 0;
    m_values.clear();
    m_stack->setCurrentWidget(m_placeholder);
}

void ArticleDetailsPane::showArticle(qint64 articleId)
{
    Library *library = m_session.library();
    if (!library || articleId <= 0) {
        clear();
        return;
    }
    Result<Article> loaded = library->articles().byId(articleId);
    if (!loaded) {
        clear();
        m_placeholder->setText(loaded.error().message());
        return;
    }
    const Article &a = loaded.value();
    m_articleId = articleId;
    m_values.clear();
    m_values.insert(u"title"_s, a.title);

    const QString titleStyle =
            a.titleColor.isEmpty() ? QString() : u" style=\"color: %1\""_s.arg(a.titleColor);
    QString html = u"<h2%1>%2</h2><table cellspacing=\"0\" cellpadding=\"3\">"_s.arg(
            titleStyle, a.title.toHtmlEscaped());
    const QString labelColor = palette().color(QPalette::PlaceholderText).name();
    for (const Field &field : fieldsOf(a)) {
        m_values.insert(field.key, field.value);
        html += u"<tr><td style=\"color: %1; white-space: pre\">%2</td><td>%3</td></tr>"_s.arg(
                labelColor, field.label.toHtmlEscaped(),
                field.value.isEmpty() ? u"—"_s : field.value.toHtmlEscaped());
    }
    html += u"</table><hr>"_s;
    m_sheet->setLibrary(library);
    m_sheet->setBody(html, a.body);
    m_stack->setCurrentWidget(m_sheet);
}

QString ArticleDetailsPane::userName(qint64 id) const
{
    Library *library = m_session.library();
    if (id <= 0 || !library)
        return {};
    for (const User &user : library->users().all().valueOr({})) {
        if (user.id == id)
            return user.name;
    }
    return {};
}

QList<ArticleDetailsPane::Field> ArticleDetailsPane::fieldsOf(const Article &a) const
{
    QStringList secondary;
    for (qint64 id : a.secondaryChannelIds)
        secondary.append(m_channels.displayPath(id));
    QString status = ArticleStatuses::displayName(a.status);
    if (a.pending)
        status = tr("%1; an edit %2 (these details are the edit's, the approved version stays "
                    "live)")
                         .arg(status, ArticleStatuses::displayName(*a.pending));
    if (a.isTrashed())
        status = tr("%1 (in the trash since %2)")
                         .arg(status, ArticleTableModel::formatTime(a.trashedAt));
    const qint64 votes = a.votesUp + a.votesDown;
    const QLocale locale;
    const auto time = &ArticleTableModel::formatTime;
    return {
            {u"shortTitle"_s, tr("Short title"), a.shortTitle},
            {u"subtitle"_s, tr("Subtitle"), a.subtitle},
            {u"status"_s, tr("Status"), status},
            {u"channel"_s, tr("Channel"), m_channels.displayPath(a.channelId)},
            {u"secondaryChannels"_s, tr("Also in"), secondary.join(u"; "_s)},
            {u"tags"_s, tr("Tags"), a.tags.join(tr(", ", "separator of a list of tags"))},
            {u"flags"_s, tr("Flags"), ArticleFlagsText::displayNames(a.flags)},
            {u"publishAt"_s, tr("Publish time"), time(a.publishAt)},
            {u"expireAt"_s, tr("Expires"), time(a.expireAt)},
            {u"source"_s, tr("Source"), a.source},
            {u"author"_s, tr("Author"), a.author},
            {u"editor"_s, tr("Editor"), a.editor},
            {u"approvedBy"_s, tr("Chief editor"),
             a.approvedByName.isEmpty() ? QString()
                                        : tr("%1, %2").arg(a.approvedByName, time(a.approvedAt))},
            {u"summary"_s, tr("Summary"), a.summary},
            {u"keywords"_s, tr("Keywords"), a.keywords},
            {u"weight"_s, tr("Weight"), a.weight ? locale.toString(a.weight) : QString()},
            {u"clicks"_s, tr("Clicks"), locale.toString(a.clicks)},
            {u"votes"_s, tr("Votes"),
             tr("Up %1 (%2) · Down %3 (%4)")
                     .arg(locale.toString(a.votesUp), percent(a.votesUp, votes),
                          locale.toString(a.votesDown), percent(a.votesDown, votes))},
            {u"fileName"_s, tr("File name"), a.fileName},
            {u"redirectUrl"_s, tr("Redirect URL"), a.redirectUrl},
            {u"version"_s, tr("Version"), locale.toString(a.version)},
            {u"createdBy"_s, tr("Created"),
             tr("%1 by %2").arg(time(a.createdAt), userName(a.createdById))},
            {u"updatedAt"_s, tr("Updated"), time(a.updatedAt)},
    };
}

} // namespace Newsdesk
