#include "sitesettingsdialog.h"

#include "common/colors.h"
#include "workflow/siteadmin.h"
#include "common/dialogs.h"
#include "core/sitesettingscheck.h"
#include "library/librarysession.h"
#include "render/theme.h"
#include "settings/adslotseditor.h"
#include "storage/library.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

SiteSettingsDialog::SiteSettingsDialog(LibrarySession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"siteSettingsDialog"_s);
    setWindowTitle(tr("Site Settings"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"siteSettings.name"_s);
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(u"siteSettings.baseUrl"_s);
    m_baseUrl->setPlaceholderText(u"https://www.example.com/"_s);
    m_baseUrl->setToolTip(tr("The address the site is published at (http or https). Empty: "
                             "pages link to each other relatively only."));
    m_language = new QComboBox(this);
    m_language->setObjectName(u"siteSettings.language"_s);
    m_language->setEditable(true);
    m_language->addItems({u"zh-CN"_s, u"zh-TW"_s, u"zh-HK"_s, u"en"_s, u"en-US"_s, u"en-GB"_s});
    m_language->setToolTip(tr("The pages' language as a BCP 47 tag, such as zh-CN or en."));
    m_languageName = new QLabel(this);
    m_languageName->setObjectName(u"siteSettings.languageName"_s);
    m_footer = new QPlainTextEdit(this);
    m_footer->setObjectName(u"siteSettings.footer"_s);
    m_footer->setTabChangesFocus(true);
    m_footer->setMaximumHeight(fontMetrics().lineSpacing() * 5);

    m_theme = new QLineEdit(this);
    m_theme->setObjectName(u"siteSettings.theme"_s);
    m_theme->setPlaceholderText(tr("The built-in default theme"));
    auto *browse = new QPushButton(tr("&Choose…"), this);
    browse->setObjectName(u"siteSettings.chooseTheme"_s);
    auto *useDefault = new QPushButton(tr("&Default"), this);
    useDefault->setObjectName(u"siteSettings.defaultTheme"_s);
    m_themeStatus = new QLabel(this);
    m_themeStatus->setObjectName(u"siteSettings.themeStatus"_s);
    m_themeStatus->setWordWrap(true);
    m_themeStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *themeRow = new QHBoxLayout;
    themeRow->addWidget(m_theme, 1);
    themeRow->addWidget(browse);
    themeRow->addWidget(useDefault);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addWidget(m_languageName, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("Site &name:"), m_name);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    // Rows holding a layout get no buddy from addRow(): their labels name the field themselves,
    // or the "&" shows and Alt+L / Alt+T do nothing.
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, languageRow);
    form->addRow(tr("&Footer:"), m_footer);
    auto *themeLabel = new QLabel(tr("&Theme folder:"), this);
    themeLabel->setBuddy(m_theme);
    form->addRow(themeLabel, themeRow);
    form->addRow(QString(), m_themeStatus);

    auto *slotsBox = new QGroupBox(tr("Ad Slots"), this);
    m_adSlots = new AdSlotsEditor(slotsBox);
    auto *slotsLayout = new QVBoxLayout(slotsBox);
    slotsLayout->addWidget(m_adSlots);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"siteSettings.problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Colors::showAsProblem(m_problem);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"siteSettings.buttons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &SiteSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &SiteSettingsDialog::chooseTheme);
    connect(useDefault, &QPushButton::clicked, this, &SiteSettingsDialog::useDefaultTheme);
    connect(m_theme, &QLineEdit::editingFinished, this, &SiteSettingsDialog::checkTheme);
    connect(m_language, &QComboBox::currentTextChanged, this,
            &SiteSettingsDialog::updateLanguageName);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(slotsBox, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(760, 640);
    load();
}

void SiteSettingsDialog::load()
{
    Library *library = m_session.library();
    if (!library)
        return;
    Result<SiteSettings> settings = library->site().settings();
    Result<QList<AdSlot>> slots = library->site().adSlots();
    if (!settings || !slots) {
        showProblem(settings ? slots.error().message() : settings.error().message());
        return;
    }
    const SiteSettings &s = settings.value();
    m_name->setText(s.name);
    m_baseUrl->setText(s.baseUrl);
    m_language->setCurrentText(s.language);
    m_footer->setPlainText(s.footer);
    m_theme->setText(QDir::toNativeSeparators(s.theme));
    m_adSlots->setSlots(slots.value());
    updateLanguageName();
    checkTheme();
}

bool SiteSettingsDialog::checkTheme()
{
    const QString folder = QDir::fromNativeSeparators(m_theme->text().trimmed());
    Result<Theme> theme = Theme::load(folder);
    if (!theme) {
        m_themeStatus->setText(theme.error().message());
        Colors::showAsProblem(m_themeStatus);
        return false;
    }
    m_themeStatus->setText(folder.isEmpty() ? tr("The built-in default theme.")
                                            : tr("The theme loads: every template compiles."));
    Colors::showAsProblem(m_themeStatus, false);
    return true;
}

void SiteSettingsDialog::chooseTheme()
{
    const QString start = m_theme->text().isEmpty() ? QDir::homePath() : m_theme->text();
    const QString folder = Dialogs::folder(this, tr("Choose Theme Folder"), start);
    if (folder.isEmpty())
        return;
    m_theme->setText(QDir::toNativeSeparators(folder));
    checkTheme();
}

void SiteSettingsDialog::useDefaultTheme()
{
    m_theme->clear();
    checkTheme();
}

void SiteSettingsDialog::updateLanguageName()
{
    Result<QString> tag = SiteSettingsCheck::languageTag(m_language->currentText());
    if (!tag) {
        m_languageName->clear();
        return;
    }
    // A tag without a region names the language alone: QLocale would pick a country's
    // variant for it ("en" reads as American English).
    const QLocale locale(QString(tag.value()).replace(u'-', u'_'));
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        m_languageName->clear();
    else if (tag.value().contains(u'-'))
        m_languageName->setText(locale.nativeLanguageName());
    else
        m_languageName->setText(QLocale::languageToString(locale.language()));
}

QString SiteSettingsDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void SiteSettingsDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

bool SiteSettingsDialog::save()
{
    Library *library = m_session.library();
    if (!library) {
        showProblem(tr("No library is open."));
        return false;
    }
    SiteSettings s;
    s.name = m_name->text();
    s.baseUrl = m_baseUrl->text();
    s.language = m_language->currentText();
    s.footer = m_footer->toPlainText();
    s.theme = QDir::fromNativeSeparators(m_theme->text().trimmed());
    Result<SiteSettings> checked = SiteSettingsCheck::normalized(s);
    if (!checked) {
        showProblem(checked.error().message());
        return false;
    }
    if (!checkTheme()) {
        showProblem(tr("The theme folder cannot be used: %1").arg(m_themeStatus->text()));
        return false;
    }
    Result<SiteRepository::SaveReport> saved =
            SiteAdmin(*library, m_session.currentUser().value_or(User {}))
                    .save(checked.value(), m_adSlots->adSlots());
    if (!saved) {
        showProblem(saved.error().message());
        return false;
    }
    showProblem(QString());
    if (!saved.value().notices.isEmpty()) {
        Dialogs::information(this, tr("Site Settings"),
                             tr("The settings are saved. Ad slot HTML was cleaned:\n%1")
                                     .arg(saved.value().notices.join(u'\n')));
    }
    return true;
}

void SiteSettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace Newsdesk
