#include "tagsinputdialog.h"

#include "common/tagcompleter.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

TagsInputDialog::TagsInputDialog(const QString &title, const QString &prompt,
                                 const QStringList &knownTags, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"tagsInputDialog"_s);
    setWindowTitle(title);
    setMinimumWidth(420);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"tagsInput.tags"_s);
    m_edit->setPlaceholderText(tr("扶贫, 乡村振兴"));
    m_edit->setCompleter(new TagCompleter(knownTags, m_edit));
    label->setBuddy(m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!tags().isEmpty());
    };
    connect(m_edit, &QLineEdit::textChanged, this, updateOk);
    updateOk();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
}

QStringList TagsInputDialog::tags() const
{
    return TagCompleter::tagsOf(m_edit->text());
}

void TagsInputDialog::setText(const QString &text)
{
    m_edit->setText(text);
}

} // namespace Newsdesk
