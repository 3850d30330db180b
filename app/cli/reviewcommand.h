#pragma once

#include "workflow/transitions.h"

#include <QCoreApplication>
#include <QStringList>

namespace Newsdesk {

// The workflow on the command line, as the person --as names (their password in
// NEWSDESK_PASSWORD, or on standard input with --password-stdin):
//   newsdesk submit  --library LIB --as USER ID...
//   newsdesk approve --library LIB --as USER (ID... | --all-submitted)
//   newsdesk return  --library LIB --as USER --comment TEXT ID...
// Each goes through Workflow, as the window does, so the same rules hold. All or nothing:
// when any article is refused, none changes, and the reason (for each refused one) is the
// one-line message on stderr with exit status 1.
class ReviewCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ReviewCommand)

public:
    static int submit(const QStringList &arguments);
    static int approve(const QStringList &arguments);
    static int returnToAuthor(const QStringList &arguments);

private:
    static int run(WorkflowAction action, const QStringList &arguments);
};

} // namespace Newsdesk
