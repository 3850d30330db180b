#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Newsdesk {

// newsdesk init --library LIB [--demo] [--articles N]
class InitCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::InitCommand)

public:
    static int run(const QStringList &arguments);

private:
    static int updateServer(const QString &location);
};

} // namespace Newsdesk
