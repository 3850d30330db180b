#include "linkdialog.h"

#include "common/colors.h"
#include "html/urlpolicy.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

LinkDialog::LinkDialog(QWidget *parent)
    : QDialog(parent)
    , m_href(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"linkDialog"_s);
    setWindowTitle(tr("Link"));
    m_href->setObjectName(u"linkHref"_s);
    m_href->setPlaceholderText(tr("https://…"));
    m_title->setObjectName(u"linkTitle"_s);
    m_problem->setObjectName(u"linkProblem"_s);
    m_problem->setWordWrap(true);
    Colors::showAsProblem(m_problem);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_href);
    form->addRow(tr("&Title:"), m_title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_removeButton = buttons->addButton(tr("&Remove Link"), QDialogButtonBox::DestructiveRole);
    m_removeButton->setObjectName(u"linkRemove"_s);
    m_removeButton->hide();
    connect(buttons, &QDialogButtonBox::accepted, this, &LinkDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LinkDialog::reject);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        m_remove = true;
        QDialog::accept();
    });
    connect(m_href, &QLineEdit::textChanged, this, [this] { m_problem->hide(); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

void LinkDialog::setLink(const QString &href, const QString &title, bool existing)
{
    m_href->setText(href);
    m_title->setText(title);
    m_removeButton->setVisible(existing);
}

QString LinkDialog::href() const
{
    return m_href->text().trimmed();
}

QString LinkDialog::linkTitle() const
{
    return m_title->text().simplified();
}

void LinkDialog::accept()
{
    const QString address = href();
    QString problem;
    if (address.isEmpty())
        problem = tr("Enter the address the link goes to.");
    else if (!UrlPolicy::isSafe(UrlPolicy::Kind::Link, address))
        problem = tr("“%1” cannot be a link: links may go to http, https and mailto addresses "
                     "or to a path on this site.")
                          .arg(address);
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        m_href->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Newsdesk
