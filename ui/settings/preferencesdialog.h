#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace Newsdesk {

class Settings;

// Preferences of this desktop: the interface language (follow the system, 简体中文, English)
// and the longest side imported images are downscaled to.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Settings &settings, QWidget *parent = nullptr);

    // Stores the choices; true when the language changed (it applies after a restart).
    bool apply();
    QComboBox *languageBox() const { return m_language; }
    QSpinBox *imageSideBox() const { return m_imageSide; }

private:
    Settings &m_settings;
    QComboBox *m_language = nullptr;
    QSpinBox *m_imageSide = nullptr;
};

} // namespace Newsdesk
