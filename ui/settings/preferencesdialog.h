#pragma once

#include <QDialog>

class QComboBox;

namespace Newsdesk {

class Settings;

// Preferences of this desktop: the interface language (follow the system, 简体中文, English).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Settings &settings, QWidget *parent = nullptr);

    // Stores the choices; true when the language changed (it applies after a restart).
    bool apply();
    QComboBox *languageBox() const { return m_language; }

private:
    Settings &m_settings;
    QComboBox *m_language = nullptr;
};

} // namespace Newsdesk
