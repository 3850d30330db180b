#include "progress.h"

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
constexpr int BarWidth = 30;
}

Progress::Progress(QString label)
    : m_label(std::move(label))
    , m_terminal(isatty(fileno(stderr)) == 1)
{
}

Progress::~Progress()
{
    finish();
}

void Progress::update(qint64 done, qint64 total)
{
    const int percent = total > 0 ? int(done * 100 / total) : 100;
    if (percent == m_lastPercent)
        return;
    m_lastPercent = percent;
    if (m_terminal) {
        const int filled = percent * BarWidth / 100;
        const QString bar = QString(filled, u'#') + QString(BarWidth - filled, u'-');
        std::fprintf(stderr, "\r%s [%s] %3d%% (%lld/%lld)", qPrintable(m_label), qPrintable(bar),
                     percent, static_cast<long long>(done), static_cast<long long>(total));
    } else {
        std::fprintf(stderr, "%s: %d%% (%lld/%lld)\n", qPrintable(m_label), percent,
                     static_cast<long long>(done), static_cast<long long>(total));
    }
    std::fflush(stderr);
}

void Progress::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_terminal && m_lastPercent >= 0) {
        std::fputc('\n', stderr);
        std::fflush(stderr);
    }
}

} // namespace Newsdesk
