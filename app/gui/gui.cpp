#include "gui.h"

#include "cli/commandline.h"
#include "common/dialogs.h"
#include "config/paths.h"
#include "config/settings.h"
#include "config/translations.h"
#include "library/librarysession.h"
#include "mainwindow/mainwindow.h"
#include "storage/library.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace Newsdesk::Gui {

bool opensLocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (first.startsWith(u'-'))
        return false;
    if (Library::isServerLocation(first))
        return true;
    for (const CommandLine::Subcommand &command : CommandLine::subcommands()) {
        if (command.name == first)
            return false;
    }
    return first.endsWith(u'.' + QString::fromUtf16(Paths::LibrarySuffix))
            || QFileInfo(first).isFile();
}

int run(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"Newsdesk"_s);
    QApplication::setDesktopFileName(u"org.newsdesk.Newsdesk"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/newsdesk.svg"_s));
    Settings settings;
    Translations::install(app, Translations::resolve(settings.language()));

    QCommandLineParser parser;
    const QCommandLineOption library(
            u"library"_s, QCoreApplication::translate("Newsdesk::Gui", "The library to open."),
            u"LIB"_s);
    parser.addOption(library);
    parser.addPositionalArgument(
            u"LIB"_s,
            QCoreApplication::translate("Newsdesk::Gui",
                                        "The library to open: a file or a postgresql:// URL."));
    if (!parser.parse(QApplication::arguments()))
        return CommandLine::usageError(QString(), parser.errorText());

    LibrarySession session(settings);
    MainWindow window(session, settings);
    window.show();

    // The library named on the command line, else the last one, else the default library
    // (created with the demo newsroom on first run, and again if it was deleted).
    const QString last = settings.lastLibrary();
    const QString named =
            parser.isSet(library) ? parser.value(library) : parser.positionalArguments().value(0);
    if (!named.isEmpty()) {
        window.openLibrary(named);
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
