#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Newsdesk {

class AdSlotsEditor;
class LibrarySession;

// Edits the open library's site settings (Library > Site Settings): name, base URL, language,
// footer, theme folder and ad slots. The theme folder is loaded with Theme::load when chosen
// and again before saving, so a broken theme is refused with its file and line. Saving goes
// through SiteRepository::save (checked, cleaned, audited); the dialog stays open with the
// problem shown while anything is refused.
class SiteSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SiteSettingsDialog(LibrarySession &session, QWidget *parent = nullptr);

    // Checks and saves; false (with the problem shown) when something was refused.
    bool save();
    void accept() override;

    // Loads the theme folder of the field and shows whether it works; true when it does.
    bool checkTheme();
    void chooseTheme();
    void useDefaultTheme();
    QString problem() const;

private:
    void load();
    void showProblem(const QString &message);
    void updateLanguageName();

    LibrarySession &m_session;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageName = nullptr;
    QPlainTextEdit *m_footer = nullptr;
    QLineEdit *m_theme = nullptr;
    QLabel *m_themeStatus = nullptr;
    AdSlotsEditor *m_adSlots = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Newsdesk
