#include "channeldialog.h"

#include "storage/channelrepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

ChannelDialog::ChannelDialog(const Channel &channel, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_channel(channel)
{
    setObjectName(u"channelDialog"_s);
    setWindowTitle(title);
    setMinimumWidth(460);
    m_name = new QLineEdit(channel.name, this);
    m_name->setObjectName(u"channel.name"_s);
    m_slug = new QLineEdit(channel.slug, this);
    m_slug->setObjectName(u"channel.slug"_s);
    m_slug->setEnabled(!channel.isRoot() || channel.id == 0);
    m_slug->setToolTip(tr("The channel's folder in the published site's URLs"));
    m_seoTitle = new QLineEdit(channel.seoTitle, this);
    m_seoKeywords = new QLineEdit(channel.seoKeywords, this);
    m_seoDescription = new QPlainTextEdit(channel.seoDescription, this);
    m_seoDescription->setTabChangesFocus(true);
    m_seoDescription->setFixedHeight(m_seoDescription->fontMetrics().lineSpacing() * 4);
    m_pageSize = new QSpinBox(this);
    m_pageSize->setRange(1, 1000);
    m_pageSize->setValue(channel.pageSize);
    m_urlRule = new QLineEdit(channel.urlRule, this);
    m_urlRule->setPlaceholderText(QString::fromUtf16(DefaultArticleUrlRule));
    m_urlRule->setToolTip(tr("{channel} {yyyy} {mm} {dd} {mmdd} {id} {name}; empty for the "
                             "site's default"));
    m_slugEdited = !channel.slug.isEmpty();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URL name:"), m_slug);
    form->addRow(tr("SEO &title:"), m_seoTitle);
    form->addRow(tr("SEO &keywords:"), m_seoKeywords);
    form->addRow(tr("SEO &description:"), m_seoDescription);
    form->addRow(tr("Articles per list &page:"), m_pageSize);
    form->addRow(tr("Article UR&L rule:"), m_urlRule);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ChannelDialog::nameEdited);
    connect(m_slug, &QLineEdit::textEdited, this, [this] { m_slugEdited = true; });
    auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, updateOk);
    updateOk();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ChannelDialog::nameEdited(const QString &name)
{
    if (!m_slugEdited && m_slug->isEnabled())
        m_slug->setText(ChannelRepository::slugFor(name));
}

void ChannelDialog::setName(const QString &name)
{
    m_name->setText(name);
}

Channel ChannelDialog::channel() const
{
    Channel c = m_channel;
    c.name = m_name->text().trimmed();
    c.slug = m_slug->text().trimmed();
    c.seoTitle = m_seoTitle->text().trimmed();
    c.seoKeywords = m_seoKeywords->text().trimmed();
    c.seoDescription = m_seoDescription->toPlainText().trimmed();
    c.pageSize = m_pageSize->value();
    c.urlRule = m_urlRule->text().trimmed();
    return c;
}

} // namespace Newsdesk
