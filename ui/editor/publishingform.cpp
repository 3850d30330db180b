#include "publishingform.h"

#include "core/approvedcontent.h"
#include "editor/articledocument.h"
#include "editor/fieldbinder.h"
#include "editor/optionaldatetimeedit.h"
#include "library/channeltreemodel.h"
#include "manage/channelpickerdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

PublishingForm::PublishingForm(FieldBinder &binder, QWidget *parent)
    : QWidget(parent)
    , m_binder(binder)
    , m_channelModel(new ChannelTreeModel(this))
{
    setObjectName(u"publishingForm"_s);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Cha&nnel:"), buildChannels());
    form->addRow(tr("Flags:"), buildFlags());

    m_redirectUrl = new QLineEdit(this);
    m_redirectUrl->setObjectName(u"editor.redirectUrl"_s);
    m_redirectUrl->setPlaceholderText(u"https://"_s);
    m_redirectUrl->setEnabled(false);
    m_binder.bindText(m_redirectUrl, ArticleField::RedirectUrl);
    form->addRow(tr("Redirect URL:"), m_redirectUrl);

    m_weight = new QSpinBox(this);
    m_weight->setObjectName(u"editor.weight"_s);
    m_weight->setRange(-999999, 999999);
    m_weight->setToolTip(tr("Higher weights come first in lists"));
    m_binder.bindNumber(m_weight, ArticleField::Weight);
    form->addRow(tr("&Weight:"), m_weight);

    auto *publishAt = new OptionalDateTimeEdit(tr("Set"), this);
    publishAt->setObjectName(u"editor.publishAt"_s);
    publishAt->setAccessibleFieldName(tr("Publish time"));
    m_binder.bindTime(publishAt, ArticleField::PublishAt);
    form->addRow(tr("&Publish time:"), publishAt);
    auto *expireAt = new OptionalDateTimeEdit(tr("Set"), this);
    expireAt->setObjectName(u"editor.expireAt"_s);
    expireAt->setAccessibleFieldName(tr("Expiry"));
    m_binder.bindTime(expireAt, ArticleField::ExpireAt);
    form->addRow(tr("E&xpiry:"), expireAt);

    auto *fileName = new QLineEdit(this);
    fileName->setObjectName(u"editor.fileName"_s);
    fileName->setPlaceholderText(tr("Automatic"));
    m_binder.bindText(fileName, ArticleField::FileName);
    form->addRow(tr("File name:"), fileName);

    m_cover = new QComboBox(this);
    m_cover->setObjectName(u"editor.cover"_s);
    connect(m_cover, &QComboBox::activated, this, [this](int index) {
        m_binder.change(ArticleField::CoverMedia, m_cover->itemData(index).toLongLong());
    });
    m_binder.bindView(ArticleField::CoverMedia,
                      [this](const QVariant &value) { showCover(value.toLongLong()); });
    form->addRow(tr("Cover image:"), m_cover);
    setCoverChoices({});
}

QWidget *PublishingForm::buildChannels()
{
    auto *box = new QWidget(this);
    m_channel = new QPushButton(box);
    m_channel->setObjectName(u"editor.channel"_s);
    m_channel->setToolTip(tr("The channel the article appears in"));
    connect(m_channel, &QPushButton::clicked, this, &PublishingForm::chooseChannel);
    m_binder.bindView(ArticleField::Channel,
                      [this](const QVariant &value) { showChannel(value.toLongLong()); });

    m_secondary = new QListWidget(box);
    m_secondary->setObjectName(u"editor.secondaryChannels"_s);
    m_secondary->setAccessibleName(tr("Secondary channels"));
    m_secondary->setMaximumHeight(70);
    m_binder.bindView(ArticleField::SecondaryChannels, [this](const QVariant &value) {
        showSecondaryChannels(value.value<QList<qint64>>());
    });
    auto *add = new QPushButton(tr("Add Secondary…"), box);
    add->setObjectName(u"editor.addSecondaryChannel"_s);
    connect(add, &QPushButton::clicked, this, &PublishingForm::addSecondaryChannel);
    m_removeSecondary = new QPushButton(tr("Remove"), box);
    m_removeSecondary->setObjectName(u"editor.removeSecondaryChannel"_s);
    connect(m_removeSecondary, &QPushButton::clicked, this,
            &PublishingForm::removeSecondaryChannel);
    connect(m_secondary, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeSecondary->setEnabled(row >= 0); });
    m_removeSecondary->setEnabled(false);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_removeSecondary);
    buttons->addStretch(1);
    auto *secondary = new QHBoxLayout;
    secondary->addWidget(m_secondary, 1);
    secondary->addLayout(buttons);
    box->setFocusProxy(m_channel);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_channel);
    layout->addLayout(secondary);
    return box;
}

QWidget *PublishingForm::buildFlags()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (ArticleFlag flag : ArticleFlagsText::all()) {
        auto *check = new QCheckBox(ArticleFlagsText::displayName(flag), box);
        check->setObjectName(u"editor.flag."_s + ArticleFlagsText::letter(flag));
        connect(check, &QCheckBox::toggled, this, [this, flag](bool on) {
            ArticleDocument *document = m_binder.document();
            if (!document)
                return;
            ArticleFlags flags =
                    ArticleFlags::fromInt(document->value(ArticleField::Flags).toInt());
            flags.setFlag(flag, on);
            m_binder.change(ArticleField::Flags, int(flags.toInt()));
        });
        m_flags.insert(flag, check);
        grid->addWidget(check, i / 4, i % 4);
        ++i;
    }
    m_binder.bindView(ArticleField::Flags,
                      [this](const QVariant &value) { showFlags(value.toInt()); });
    return box;
}

void PublishingForm::setCurationEditable(bool editable)
{
    // The model refuses a change of the front page from anyone else; this only says so first.
    const QString onlyChief = tr("Only a chief editor arranges the front page");
    const ArticleFlags curation = ApprovedContent::curationFlags();
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it) {
        if (!curation.testFlag(it.key()))
            continue;
        it.value()->setEnabled(editable);
        it.value()->setToolTip(editable ? QString() : onlyChief);
    }
    m_weight->setEnabled(editable);
    m_weight->setToolTip(editable ? tr("Higher weights come first in lists") : onlyChief);
}

void PublishingForm::setChannels(const QList<Channel> &channels, const QHash<qint64, int> &counts)
{
    m_channels = channels;
    m_counts = counts;
    m_channelModel->setChannels(channels, counts);
    if (ArticleDocument *document = m_binder.document()) {
        showChannel(document->article().channelId);
        showSecondaryChannels(document->article().secondaryChannelIds);
    }
}

void PublishingForm::showChannel(qint64 channelId)
{
    m_channel->setText(channelId > 0 ? m_channelModel->displayPath(channelId)
                                     : tr("Choose a Channel…"));
}

void PublishingForm::showSecondaryChannels(const QList<qint64> &ids)
{
    m_secondary->clear();
    for (qint64 id : ids) {
        auto *item = new QListWidgetItem(m_channelModel->displayPath(id), m_secondary);
        item->setData(Qt::UserRole, id);
    }
    m_removeSecondary->setEnabled(false);
}

void PublishingForm::showFlags(int value)
{
    const ArticleFlags flags = ArticleFlags::fromInt(value);
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(flags.testFlag(it.key()));
    }
    m_redirectUrl->setEnabled(flags.testFlag(ArticleFlag::Redirect));
}

qint64 PublishingForm::pickChannel(const QString &title, const QString &prompt, qint64 current)
{
    ChannelPickerDialog dialog(title, prompt, m_channels, m_counts, this);
    if (current > 0)
        dialog.setChannelId(current);
    return dialog.exec() == QDialog::Accepted ? dialog.channelId() : 0;
}

void PublishingForm::chooseChannel()
{
    ArticleDocument *document = m_binder.document();
    if (!document)
        return;
    const qint64 id = pickChannel(tr("Channel"), tr("The channel the article appears in:"),
                                  document->article().channelId);
    if (id > 0)
        m_binder.change(ArticleField::Channel, id);
}

void PublishingForm::addSecondaryChannel()
{
    ArticleDocument *document = m_binder.document();
    if (!document)
        return;
    const qint64 id = pickChannel(tr("Secondary Channel"),
                                  tr("Another channel the article is also listed in:"), 0);
    QList<qint64> ids = document->article().secondaryChannelIds;
    if (id <= 0 || ids.contains(id))
        return;
    ids.append(id);
    m_binder.change(ArticleField::SecondaryChannels, QVariant::fromValue(ids));
}

void PublishingForm::removeSecondaryChannel()
{
    ArticleDocument *document = m_binder.document();
    QListWidgetItem *item = m_secondary->currentItem();
    if (!document || !item)
        return;
    QList<qint64> ids = document->article().secondaryChannelIds;
    ids.removeAll(item->data(Qt::UserRole).toLongLong());
    m_binder.change(ArticleField::SecondaryChannels, QVariant::fromValue(ids));
}

void PublishingForm::setCoverChoices(const QList<CoverChoice> &choices)
{
    m_coverChoices = choices;
    const ArticleDocument *document = m_binder.document();
    showCover(document ? document->article().coverMediaId : 0);
}

void PublishingForm::showCover(qint64 mediaId)
{
    const QSignalBlocker blocker(m_cover);
    m_cover->clear();
    m_cover->addItem(tr("None"), qint64(0));
    bool listed = mediaId == 0;
    for (const CoverChoice &choice : std::as_const(m_coverChoices)) {
        m_cover->addItem(choice.label, choice.mediaId);
        listed = listed || choice.mediaId == mediaId;
    }
    // A cover no longer in the body stays until the person chooses another.
    if (!listed)
        m_cover->addItem(tr("Image #%1 (not in the body)").arg(mediaId), mediaId);
    m_cover->setCurrentIndex(m_cover->findData(mediaId));
}

QWidget *PublishingForm::widgetFor(ArticleField field) const
{
    switch (field) {
    case ArticleField::Channel:
        return m_channel;
    case ArticleField::SecondaryChannels:
        return m_secondary;
    case ArticleField::Flags:
        return m_flags.value(ArticleFlag::Headline);
    case ArticleField::CoverMedia:
        return m_cover;
    default:
        return m_binder.widgetFor(field);
    }
}

} // namespace Newsdesk
