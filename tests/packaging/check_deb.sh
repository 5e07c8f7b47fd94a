#!/bin/sh
# Builds the Debian package from the build tree, unpacks it into a scratch
# root and runs the installed programs from there (they must find their core
# library and modules through their relative RPATHs alone), then validates the
# desktop entry and the AppStream metadata.
set -eu
build=$1
source=$2
work="$build/tests/packaging-check"
rm -rf "$work"
mkdir -p "$work/root" "$work/home"

cd "$build"
cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/backroom_*.deb)
echo "package: $deb"
dpkg-deb --info "$deb" | grep -E "Depends:" | tee "$work/depends.txt"
# The first four are declared by hand (libsecret is loaded by QtKeychain at
# run time); the barcode and keychain libraries come from dpkg-shlibdeps
# through the core's and the shell's links.
for dependency in libqt6sql6-sqlite fonts-noto-cjk fonts-wqy-microhei libsecret-1-0 libqrencode4 libzxing2 \
    libqt6keychain1; do
    grep -q "$dependency" "$work/depends.txt" || { echo "missing dependency $dependency"; exit 1; }
done
dpkg-deb -x "$deb" "$work/root"

unset BACKROOM_MODULE_PATH LD_LIBRARY_PATH
export BACKROOM_DATA_DIR="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export QT_QPA_PLATFORM=offscreen
cli="$work/root/usr/bin/backroom-cli"
"$cli" --version
"$cli" modules | tee "$work/modules.txt"
test "$(grep -c Running "$work/modules.txt")" -eq 10
# The administrator's password from the environment, as a script gives it.
BACKROOM_PASSWORD=packaging-check "$cli" init "$work/home/packaged.backroom" --demo
"$cli" info "$work/home/packaged.backroom"
BACKROOM_PASSWORD=packaging-check "$cli" --user admin export "$work/home/packaged.backroom" core.partner -o "$work/partners.csv"
test "$(wc -l < "$work/partners.csv")" -gt 2
"$work/root/usr/bin/backroom" --demo --screenshot "$work/packaged.png"
test -s "$work/packaged.png"

for file in usr/share/applications/org.backroom.Backroom.desktop \
            usr/share/metainfo/org.backroom.Backroom.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/org.backroom.Backroom.svg; do
    test -f "$work/root/$file" || { echo "missing $file"; exit 1; }
done
# Scheduled backups: the units, the account and the example settings are
# installed, the maintainer script is there and valid, and the job the
# service runs works from the package as the service runs it (the password
# from an owner-only file, a folder keeping the newest backups).
for file in usr/lib/systemd/system/backroom-backup@.service usr/lib/systemd/system/backroom-backup@.timer \
            usr/lib/sysusers.d/backroom.conf usr/share/doc/backroom/examples/backup-nightly.conf; do
    test -f "$work/root/$file" || { echo "missing $file"; exit 1; }
done
dpkg-deb -e "$deb" "$work/control"
test -x "$work/control/postinst" || { echo "missing postinst"; exit 1; }
sh -n "$work/control/postinst"
grep -q "systemd-sysusers backroom.conf" "$work/control/postinst"
grep -q "^ExecStart=/usr/bin/backroom-cli backup \${SOURCE} --folder \${FOLDER} --keep \${KEEP}$" \
    "$work/root/usr/lib/systemd/system/backroom-backup@.service"
if command -v systemd-analyze >/dev/null; then
    # Verified as installed, but with the program where the package was
    # unpacked (verify checks that ExecStart's program exists). Any warning
    # (an unknown key or specifier) fails the check.
    units="$work/units"
    mkdir -p "$units"
    sed "s|/usr/bin/backroom-cli|$cli|" "$work/root/usr/lib/systemd/system/backroom-backup@.service" \
        >"$units/backroom-backup@.service"
    cp "$work/root/usr/lib/systemd/system/backroom-backup@.timer" "$units/"
    ln -sf backroom-backup@.service "$units/backroom-backup@nightly.service"
    ln -sf backroom-backup@.timer "$units/backroom-backup@nightly.timer"
    (cd "$units" && systemd-analyze verify --man=no ./backroom-backup@nightly.service ./backroom-backup@nightly.timer) \
        >"$work/verify.txt" 2>&1 || { cat "$work/verify.txt"; exit 1; }
    if [ -s "$work/verify.txt" ]; then cat "$work/verify.txt"; exit 1; fi
    echo "systemd-analyze verify: backroom-backup@.service and .timer clean"
fi
printf 'packaging-check\n' >"$work/home/backup.password"
chmod 600 "$work/home/backup.password"
for run in 1 2 3; do
    env -u BACKROOM_PASSWORD BACKROOM_USER=admin BACKROOM_PASSWORD_FILE="$work/home/backup.password" \
        "$cli" backup "$work/home/packaged.backroom" --folder "$work/home/backups" --keep 2
done
test "$(ls "$work/home/backups" | wc -l)" -eq 2 || { ls -l "$work/home/backups"; exit 1; }
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$work/root/usr/share/applications/org.backroom.Backroom.desktop"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$work/root/usr/share/metainfo/org.backroom.Backroom.metainfo.xml"
fi
echo "packaging check passed"
