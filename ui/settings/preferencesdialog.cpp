#include "preferencesdialog.h"

#include "config/settings.h"
#include "config/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

PreferencesDialog::PreferencesDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_language = new QComboBox(this);
    m_language->setObjectName(u"preferences.language"_s);
    m_language->addItem(tr("System language"), QString());
    for (const Translations::Language &language : Translations::available())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));

    auto *form = new QFormLayout;
    form->addRow(tr("&Interface language:"), m_language);
    auto *note = new QLabel(tr("A new language applies the next time Newsdesk starts."), this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
}

bool PreferencesDialog::apply()
{
    const QString chosen = m_language->currentData().toString();
    if (chosen == m_settings.language())
        return false;
    m_settings.setLanguage(chosen);
    return true;
}

} // namespace Newsdesk
