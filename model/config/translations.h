#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace Newsdesk::Translations {

struct Language
{
    QString code; // "zh_CN"
    QString nativeName; // "简体中文"
};

// The interface languages Newsdesk ships, Chinese first.
QList<Language> available();

// The language to use for a setting: the setting when it names a shipped language, otherwise
// the system's preferred languages, otherwise English.
QString resolve(const QString &setting);

// Installs Newsdesk's and Qt's translators for language on app and makes it the default
// locale. Returns false when Newsdesk's own translation could not be loaded.
bool install(QCoreApplication &app, const QString &language);

} // namespace Newsdesk::Translations
