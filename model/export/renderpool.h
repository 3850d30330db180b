#pragma once

#include "core/result.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace Newsdesk {

class Renderer;
class SiteData;

// Threads that render an export's pages, each with its own Renderer (a Theme is not
// thread-safe) over the one shared, immutable SiteData. Jobs wait in a bounded queue, so the
// thread reading articles from the library never gets far ahead of rendering (memory stays
// flat whatever the library's size). The first failing job stops the rest.
class RenderPool final
{
public:
    using Job = std::function<Status(Renderer &)>;

    // threads 0: one per core.
    RenderPool(int threads, QString themeFolder, std::shared_ptr<const SiteData> site);
    ~RenderPool();
    RenderPool(const RenderPool &) = delete;
    RenderPool &operator=(const RenderPool &) = delete;

    // Loads a theme per thread and starts them; fails when the theme does not load.
    Status start();
    // Queues a job; blocks while the queue is full. False once the pool has failed.
    bool post(Job job);
    // Waits for every queued job (calling idle about every 50 ms meanwhile) and stops the
    // threads. The first failure, if any.
    Status finish(const std::function<void()> &idle = {});
    // Stops taking jobs: the ones queued are dropped, finish() reports reason.
    void fail(const Error &reason);

    qint64 completed() const { return m_completed.load(std::memory_order_relaxed); }
    int threadCount() const { return int(m_threads.size()); }

private:
    void work(Renderer *renderer);

    int m_threadCount = 0;
    QString m_themeFolder;
    std::shared_ptr<const SiteData> m_site;
    std::vector<std::unique_ptr<Renderer>> m_renderers;
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Job> m_queue;
    size_t m_capacity = 0;
    int m_running = 0; // jobs being rendered
    bool m_closing = false;
    std::optional<Error> m_error;
    std::atomic<qint64> m_completed {0};
};

} // namespace Newsdesk
