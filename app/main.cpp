// The newsdesk executable: the command line when a subcommand is given, the editor otherwise.

#include "cli/commandline.h"
#include "gui/gui.h"
#include "preview/previewscheme.h"

#include "config/settings.h"
#include "config/translations.h"

#include <QCoreApplication>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
void describeApplication()
{
    QCoreApplication::setApplicationName(u"newsdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(NEWSDESK_VERSION));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}
} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = argumentsOf(argc, argv);
    if (Newsdesk::CommandLine::wantsCommandLine(arguments)
        && !Newsdesk::Gui::opensLocation(arguments)) {
        describeApplication();
        QCoreApplication app(argc, argv);
        Newsdesk::Settings settings;
        Newsdesk::Translations::install(app, Newsdesk::Translations::resolve(settings.language()));
        return Newsdesk::CommandLine::run(arguments);
    }
    describeApplication();
    // Qt WebEngine (the preview) needs its scheme and shared GL contexts before the app.
    Newsdesk::PreviewScheme::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    return Newsdesk::Gui::run(argc, argv);
}
