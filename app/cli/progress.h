#pragma once

#include <QString>

namespace Newsdesk {

// Progress of long command-line work on stderr: a redrawn bar on a terminal, plain lines
// (at most one per percent) when stderr is a file or a pipe.
class Progress final
{
public:
    explicit Progress(QString label);
    ~Progress();

    void update(qint64 done, qint64 total);
    void finish();

private:
    QString m_label;
    bool m_terminal = false;
    int m_lastPercent = -1;
    bool m_finished = false;
};

} // namespace Newsdesk
