#!/bin/sh
# Runs a command against a real system keychain of its own: a private D-Bus
# session bus with a fresh GNOME Keyring on it, its login keyring created and
# unlocked with a throwaway password, all in a scratch home that is removed
# afterwards. The user's own keychain and session bus are never touched.
#
#   sh keychain-session.sh COMMAND [ARGUMENTS]
#
# A keyring that cannot be started is a failure, never a skip: the keychain
# tests exist to run (packaging/dev installs dbus and gnome-keyring).
set -eu

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "keychain-session: $tool is missing (Debian packages dbus-daemon and gnome-keyring;" \
             "packaging/dev installs them)" >&2
        exit 1
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/backroom-keychain.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/run"
chmod 700 "$scratch/run"
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
    XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/run"
# Nothing of a desktop session the tests were started from.
unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL SSH_AUTH_SOCK KDE_FULL_SESSION XDG_CURRENT_DESKTOP \
    DESKTOP_SESSION DBUS_SESSION_BUS_ADDRESS

# Inside the private session: the daemon reads the keyring password on stdin,
# creates the login keyring with it, unlocks it, and goes to the background;
# it ends with the bus when the command is done. Not exec'd: the scratch
# folder is removed on the way out, whatever the command's status.
status=0
dbus-run-session -- sh -c '
    printf %s throwaway-keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null || {
        echo "keychain-session: gnome-keyring-daemon did not start" >&2
        exit 1
    }
    exec "$@"
' keychain-session "$@" || status=$?
exit "$status"
