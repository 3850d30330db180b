#include "articledetailspane.h"

#include "library/articlebodyview.h"
#include "library/articlelistmodel.h"
#include "library/channeltreemodel.h"
#include "library/librarysession.h"
#include "storage/library.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
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
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_placeholder = new QLabel(tr("Select an article to see its details."), m_stack);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_stack->addWidget(m_placeholder);

    // Fields above, body below, with a splitter between so either can take the room.
    auto *split = new QSplitter(Qt::Vertical, m_stack);
    split->setObjectName(u"articleDetailsSplitter"_s);
    split->setChildrenCollapsible(false);
    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    m_title = new QLabel(content);
    m_title->setObjectName(u"field.title"_s);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Title"));
    layout->addWidget(m_title);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addLayout(m_form);
    addField(u"shortTitle"_s, tr("Short title"));
    addField(u"subtitle"_s, tr("Subtitle"));
    addField(u"status"_s, tr("Status"));
    addField(u"channel"_s, tr("Channel"));
    addField(u"secondaryChannels"_s, tr("Also in"));
    addField(u"tags"_s, tr("Tags"));
    addField(u"flags"_s, tr("Flags"));
    addField(u"publishAt"_s, tr("Publish time"));
    addField(u"expireAt"_s, tr("Expires"));
    addField(u"source"_s, tr("Source"));
    addField(u"author"_s, tr("Author"));
    addField(u"editor"_s, tr("Editor"));
    addField(u"approvedBy"_s, tr("Chief editor"));
    addField(u"summary"_s, tr("Summary"));
    addField(u"keywords"_s, tr("Keywords"));
    addField(u"weight"_s, tr("Weight"));
    addField(u"clicks"_s, tr("Clicks"));
    addField(u"votes"_s, tr("Votes"));
    addField(u"fileName"_s, tr("File name"));
    addField(u"redirectUrl"_s, tr("Redirect URL"));
    addField(u"version"_s, tr("Version"));
    addField(u"createdBy"_s, tr("Created"));
    addField(u"updatedAt"_s, tr("Updated"));

    layout->addStretch(1);
    scroll->setWidget(content);

    m_body = new ArticleBodyView(split);
    m_body->setObjectName(u"field.body"_s);
    m_body->setAccessibleName(tr("Article body"));
    split->addWidget(scroll);
    split->addWidget(m_body);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    m_stack->addWidget(split);
    clear();
}

QLabel *ArticleDetailsPane::addField(const QString &name, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(u"field."_s + name);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(label);
    m_form->addRow(label + u':', value);
    m_fields.insert(name, value);
    return value;
}

QString ArticleDetailsPane::fieldText(const QString &field) const
{
    if (field == u"title"_s)
        return m_title->text();
    if (field == u"body"_s)
        return m_body->toPlainText();
    const QLabel *label = m_fields.value(field);
    return label ? label->text() : QString();
}

void ArticleDetailsPane::clear()
{
    m_articleId = 0;
    m_stack->setCurrentWidget(m_placeholder);
}

void ArticleDetailsPane::showArticle(qint64 articleId)
{
    Library *library = m_session.library();
    if (!library || articleId <= 0) {
        clear();
        return;
    }
    Result<Article> article = library->articles().byId(articleId);
    if (!article) {
        m_placeholder->setText(article.error().message());
        clear();
        return;
    }
    m_articleId = articleId;
    m_body->setLibrary(library);
    fill(article.value());
    m_stack->setCurrentIndex(1);
}

QString ArticleDetailsPane::userName(qint64 id) const
{
    if (id <= 0 || !m_session.library())
        return {};
    Result<QList<User>> users = m_session.library()->users().all();
    if (users) {
        for (const User &user : users.value()) {
            if (user.id == id)
                return user.name;
        }
    }
    return {};
}

void ArticleDetailsPane::fill(const Article &a)
{
    m_title->setText(a.title);
    QPalette palette = m_title->palette();
    palette.setColor(QPalette::WindowText, a.titleColor.isEmpty()
                             ? this->palette().color(QPalette::WindowText)
                             : QColor::fromString(a.titleColor));
    m_title->setPalette(palette);

    QStringList secondary;
    for (qint64 id : a.secondaryChannelIds)
        secondary.append(m_channels.displayPath(id));
    QString status = ArticleStatuses::displayName(a.status);
    if (a.isTrashed())
        status = tr("%1 (in the trash since %2)").arg(status, ArticleListModel::formatTime(a.trashedAt));
    const qint64 votes = a.votesUp + a.votesDown;
    const QLocale locale;
    const QHash<QString, QString> values{
            {u"shortTitle"_s, a.shortTitle},
            {u"subtitle"_s, a.subtitle},
            {u"status"_s, status},
            {u"channel"_s, m_channels.displayPath(a.channelId)},
            {u"secondaryChannels"_s, secondary.join(u"; "_s)},
            {u"tags"_s, a.tags.join(tr(", ", "separator of a list of tags"))},
            {u"flags"_s, ArticleFlagsText::displayNames(a.flags)},
            {u"publishAt"_s, ArticleListModel::formatTime(a.publishAt)},
            {u"expireAt"_s, ArticleListModel::formatTime(a.expireAt)},
            {u"source"_s, a.source},
            {u"author"_s, a.author},
            {u"editor"_s, a.editor},
            {u"approvedBy"_s, a.approvedByName.isEmpty()
                     ? QString()
                     : tr("%1, %2").arg(a.approvedByName, ArticleListModel::formatTime(a.approvedAt))},
            {u"summary"_s, a.summary},
            {u"keywords"_s, a.keywords},
            {u"weight"_s, a.weight ? locale.toString(a.weight) : QString()},
            {u"clicks"_s, locale.toString(a.clicks)},
            {u"votes"_s, tr("Up %1 (%2) · Down %3 (%4)")
                                 .arg(locale.toString(a.votesUp), percent(a.votesUp, votes),
                                      locale.toString(a.votesDown), percent(a.votesDown, votes))},
            {u"fileName"_s, a.fileName},
            {u"redirectUrl"_s, a.redirectUrl},
            {u"version"_s, locale.toString(a.version)},
            {u"createdBy"_s, tr("%1 by %2").arg(ArticleListModel::formatTime(a.createdAt),
                                                 userName(a.createdById))},
            {u"updatedAt"_s, ArticleListModel::formatTime(a.updatedAt)},
    };
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const QString text = values.value(it.key());
        it.value()->setText(text.isEmpty() ? u"—"_s : text);
    }
    m_body->setBody(a.body);
}

} // namespace Newsdesk
