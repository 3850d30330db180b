#include "versioncompareview.h"

#include "editor/articlefield.h"
#include "html/bodytext.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
QString valueText(const Article &article, ArticleField field,
                  const VersionCompareView::ChannelName &channelName)
{
    const auto channel = [&](qint64 id) {
        const QString name = channelName ? channelName(id) : QString();
        return name.isEmpty() ? u"#%1"_s.arg(id) : name;
    };
    switch (field) {
    case ArticleField::TitleBold:
        return article.titleBold ? VersionCompareView::tr("yes") : VersionCompareView::tr("no");
    case ArticleField::Channel:
        return article.channelId > 0 ? channel(article.channelId) : QString();
    case ArticleField::SecondaryChannels: {
        QStringList names;
        for (qint64 id : article.secondaryChannelIds)
            names.append(channel(id));
        return names.join(u", "_s);
    }
    case ArticleField::Tags:
        return article.tags.join(u", "_s);
    case ArticleField::Flags:
        return ArticleFlagsText::displayNames(article.flags);
    case ArticleField::PublishAt:
    case ArticleField::ExpireAt: {
        const QDateTime time = ArticleFields::value(article, field).toDateTime();
        return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                              : QString();
    }
    case ArticleField::CoverMedia:
        return article.coverMediaId > 0 ? u"#%1"_s.arg(article.coverMediaId) : QString();
    default:
        return ArticleFields::value(article, field).toString();
    }
}

QPlainTextEdit *bodyView(const QString &name, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return view;
}
} // namespace

VersionCompareView::VersionCompareView(QWidget *parent)
    : QWidget(parent)
    , m_fields(new QTableWidget(this))
    , m_leftLabel(new QLabel(this))
    , m_rightLabel(new QLabel(this))
{
    setObjectName(u"versionCompare"_s);
    m_fields->setObjectName(u"compare.fields"_s);
    m_fields->setColumnCount(3);
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_leftBody = bodyView(u"compare.leftBody"_s, this);
    m_rightBody = bodyView(u"compare.rightBody"_s, this);

    auto *bodies = new QWidget(this);
    auto *grid = new QGridLayout(bodies);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_leftLabel, 0, 0);
    grid->addWidget(m_rightLabel, 0, 1);
    grid->addWidget(m_leftBody, 1, 0);
    grid->addWidget(m_rightBody, 1, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_fields);
    splitter->addWidget(bodies);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void VersionCompareView::setVersions(const Article &left, const QString &leftLabel,
                                     const Article &right, const QString &rightLabel,
                                     const ChannelName &channelName)
{
    m_fields->setHorizontalHeaderLabels({tr("Field"), leftLabel, rightLabel});
    const QList<ArticleField> fields = ArticleFields::all();
    m_fields->setRowCount(int(fields.size()));
    int row = 0;
    for (ArticleField field : fields) {
        const QString leftText = valueText(left, field, channelName);
        const QString rightText = valueText(right, field, channelName);
        const bool differs = leftText != rightText;
        auto *name = new QTableWidgetItem(ArticleFields::displayName(field)
                                          + (differs ? u" ≠"_s : QString()));
        QFont font = name->font();
        font.setBold(differs);
        name->setFont(font);
        m_fields->setItem(row, 0, name);
        m_fields->setItem(row, 1, new QTableWidgetItem(leftText));
        m_fields->setItem(row, 2, new QTableWidgetItem(rightText));
        ++row;
    }
    m_leftLabel->setText(tr("Body: %1").arg(leftLabel));
    m_rightLabel->setText(tr("Body: %1").arg(rightLabel));
    m_leftBody->setPlainText(BodyText::plain(left.body));
    m_rightBody->setPlainText(BodyText::plain(right.body));
}

} // namespace Newsdesk
