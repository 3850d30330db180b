#include "adslotseditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

AdSlotsEditor::AdSlotsEditor(QWidget *parent)
    : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(u"siteSettings.adSlots"_s);
    auto *add = new QPushButton(tr("&Add Slot"), this);
    add->setObjectName(u"siteSettings.addSlot"_s);
    m_remove = new QPushButton(tr("Re&move Slot"), this);
    m_remove->setObjectName(u"siteSettings.removeSlot"_s);

    m_key = new QLineEdit(this);
    m_key->setObjectName(u"siteSettings.slotKey"_s);
    m_key->setPlaceholderText(u"sidebar"_s);
    m_key->setToolTip(tr("Templates place the slot with {{{ads.KEY}}}: lower-case letters, "
                         "digits, '-' and '_'."));
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"siteSettings.slotName"_s);
    m_enabled = new QCheckBox(tr("Shown on the pages"), this);
    m_enabled->setObjectName(u"siteSettings.slotEnabled"_s);
    m_content = new QPlainTextEdit(this);
    m_content->setObjectName(u"siteSettings.slotContent"_s);
    m_content->setTabChangesFocus(true);
    auto *note = new QLabel(tr("HTML, placed in the pages as written. When saved it is cleaned "
                               "to the article HTML allow-list: scripts, frames, styles and "
                               "event handlers are removed."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("&HTML:"), m_content);
    form->addRow(QString(), note);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addLayout(form, 2);

    connect(add, &QPushButton::clicked, this, &AdSlotsEditor::addSlot);
    connect(m_remove, &QPushButton::clicked, this, &AdSlotsEditor::removeCurrentSlot);
    connect(m_list, &QListWidget::currentRowChanged, this, &AdSlotsEditor::currentRowChanged);
    connect(m_key, &QLineEdit::textEdited, this, &AdSlotsEditor::fieldEdited);
    connect(m_name, &QLineEdit::textEdited, this, &AdSlotsEditor::fieldEdited);
    connect(m_enabled, &QCheckBox::toggled, this, &AdSlotsEditor::fieldEdited);
    connect(m_content, &QPlainTextEdit::textChanged, this, &AdSlotsEditor::fieldEdited);
    currentRowChanged(-1);
}

void AdSlotsEditor::setSlots(const QList<AdSlot> &slots)
{
    m_slots = slots;
    m_current = -1;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (int row = 0; row < m_slots.size(); ++row) {
            m_list->addItem(QString());
            updateRow(row);
        }
    }
    selectSlot(m_slots.isEmpty() ? -1 : 0);
}

void AdSlotsEditor::addSlot()
{
    AdSlot slot;
    slot.enabled = true;
    m_slots.append(slot);
    m_list->addItem(QString());
    updateRow(int(m_slots.size() - 1));
    selectSlot(int(m_slots.size() - 1));
    m_key->setFocus(Qt::OtherFocusReason);
}

void AdSlotsEditor::removeCurrentSlot()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_slots.size())
        return;
    m_current = -1; // the row's fields are gone; nothing to write back
    m_slots.removeAt(row);
    delete m_list->takeItem(row);
    selectSlot(std::min(row, int(m_slots.size()) - 1));
}

void AdSlotsEditor::selectSlot(int row)
{
    m_list->setCurrentRow(row);
    currentRowChanged(row);
}

void AdSlotsEditor::currentRowChanged(int row)
{
    m_current = row >= 0 && row < m_slots.size() ? row : -1;
    const bool has = m_current >= 0;
    const AdSlot slot = has ? m_slots.at(m_current) : AdSlot();
    m_loading = true;
    m_key->setText(slot.key);
    m_name->setText(slot.name);
    m_enabled->setChecked(has && slot.enabled);
    m_content->setPlainText(slot.content);
    m_loading = false;
    for (QWidget *field : {static_cast<QWidget *>(m_key), static_cast<QWidget *>(m_name),
                           static_cast<QWidget *>(m_enabled), static_cast<QWidget *>(m_content),
                           static_cast<QWidget *>(m_remove)})
        field->setEnabled(has);
}

void AdSlotsEditor::fieldEdited()
{
    if (m_loading || m_current < 0)
        return;
    AdSlot &slot = m_slots[m_current];
    slot.key = m_key->text();
    slot.name = m_name->text();
    slot.enabled = m_enabled->isChecked();
    slot.content = m_content->toPlainText();
    updateRow(m_current);
}

void AdSlotsEditor::updateRow(int row)
{
    const AdSlot &slot = m_slots.at(row);
    QString text = slot.key.isEmpty() ? tr("(new slot)") : slot.key;
    if (!slot.name.isEmpty() && slot.name != slot.key)
        text = tr("%1 — %2").arg(text, slot.name);
    if (!slot.enabled)
        text = tr("%1 (hidden)").arg(text);
    m_list->item(row)->setText(text);
}

} // namespace Newsdesk
