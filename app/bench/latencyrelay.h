#pragma once

#include <QString>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

namespace Backroom {

// A TCP relay on a loopback port that delivers every byte to the server (and
// the answers back) `oneWay` later, as the office network between a clerk's
// desk and the server would: the writers benchmark runs its clerks through
// it to show how they fare on a LAN rather than on the server's own machine.
// (This machine's kernel has no netem.) Unix only.
class LatencyRelay
{
public:
    LatencyRelay(QString targetHost, quint16 targetPort, std::chrono::microseconds oneWay);
    ~LatencyRelay();
    LatencyRelay(const LatencyRelay &) = delete;
    LatencyRelay &operator=(const LatencyRelay &) = delete;

    // Listens on 127.0.0.1 and a free port; false with errorString() if not.
    bool start();
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }

private:
    struct Link;
    void acceptLoop();

    QString m_targetHost;
    quint16 m_targetPort;
    std::chrono::microseconds m_oneWay;
    int m_listener = -1;
    quint16 m_port = 0;
    QString m_error;
    std::atomic<bool> m_stopping{false};
    std::thread m_acceptor;
    std::vector<std::unique_ptr<Link>> m_links;
};

} // namespace Backroom
