#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Newsdesk::Translations {

QList<Language> available()
{
    return {{u"zh_CN"_s, u"简体中文"_s}, {u"en"_s, u"English"_s}};
}

QString resolve(const QString &setting)
{
    const QList<Language> languages = available();
    for (const Language &language : languages) {
        if (language.code == setting)
            return setting;
    }
    for (const QString &preferred : QLocale::system().uiLanguages()) {
        // uiLanguages gives BCP 47 names such as "zh-CN", "zh-Hans-CN" or "en-GB".
        if (preferred.startsWith(u"zh"_s, Qt::CaseInsensitive))
            return u"zh_CN"_s;
        if (preferred.startsWith(u"en"_s, Qt::CaseInsensitive))
            return u"en"_s;
    }
    return u"en"_s;
}

bool install(QCoreApplication &app, const QString &language)
{
    QLocale::setDefault(QLocale(language));
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(u"qtbase_"_s + language,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    auto *translator = new QTranslator(&app);
    if (!translator->load(u":/i18n/newsdesk_"_s + language + u".qm"_s)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace Newsdesk::Translations
