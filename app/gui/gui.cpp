#include "gui.h"

#include "cli/commandline.h"
#include "common/dialogs.h"
#include "config/paths.h"
#include "config/settings.h"
#include "config/translations.h"
#include "library/librarysession.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace Newsdesk::Gui {

int run(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"Newsdesk"_s);
    QApplication::setDesktopFileName(u"newsdesk"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/newsdesk.svg"_s));
    Settings settings;
    Translations::install(app, Translations::resolve(settings.language()));

    QCommandLineParser parser;
    const QCommandLineOption library(
            u"library"_s, QCoreApplication::translate("Newsdesk::Gui", "The library to open."),
            u"LIB"_s);
    parser.addOption(library);
    if (!parser.parse(QApplication::arguments()))
        return CommandLine::usageError(QString(), parser.errorText());

    LibrarySession session(settings);
    MainWindow window(session, settings);
    window.show();

    // The library named on the command line, else the last one, else the default library
    // (created with the demo newsroom on first run, and again if it was deleted).
    const QString last = settings.lastLibrary();
    if (parser.isSet(library)) {
        window.openLibrary(parser.value(library));
    } else if (!last.isEmpty() && (QFileInfo::exists(last) || last != Paths::defaultLibrary())) {
        window.openLibrary(last);
    } else if (Status opened = session.openDefault(); !opened) {
        Dialogs::critical(&window,
                          QCoreApplication::translate("Newsdesk::Gui", "Cannot Open Library"),
                          opened.error().message());
    }
    return QApplication::exec();
}

} // namespace Newsdesk::Gui
