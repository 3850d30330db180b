#include "preferencesdialog.h"

#include "config/settings.h"
#include "config/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
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

    m_imageSide = new QSpinBox(this);
    m_imageSide->setObjectName(u"preferences.imageMaxSide"_s);
    m_imageSide->setRange(Settings::MinMediaMaxSide, Settings::MaxMediaMaxSide);
    m_imageSide->setSingleStep(160);
    m_imageSide->setSuffix(tr(" px"));
    m_imageSide->setValue(m_settings.mediaMaxSide());
    m_imageSide->setToolTip(tr("Photos longer than this on their longest side are reduced when "
                               "they are added to an article."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Interface language:"), m_language);
    form->addRow(tr("Largest &image side:"), m_imageSide);
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
    m_settings.setMediaMaxSide(m_imageSide->value());
    const QString chosen = m_language->currentData().toString();
    if (chosen == m_settings.language())
        return false;
    m_settings.setLanguage(chosen);
    return true;
}

} // namespace Newsdesk
