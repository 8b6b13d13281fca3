# Ansible local fact for Windows hosts. ansible.windows.setup runs every *.ps1 in fact_path (Windows has
# no default fact_path: pass one, e.g. fact_path=C:\ProgramData\netstatx\facts) and stores the objects
# the script outputs as the top-level fact ansible_<file name>: this file gives ansible_netstatx with
# tcp_listen, udp_listen, listeners and diagnostics.
#
# netstatx is found at $env:NETSTATX_HOME\netstatx.cmd, else at $NetstatxLauncher below (write the full
# path of netstatx.cmd there when you copy this file), else as netstatx.cmd on PATH.
$NetstatxLauncher = ''

$ErrorActionPreference = 'Stop'
if ($env:NETSTATX_HOME) {
    $launcher = Join-Path $env:NETSTATX_HOME 'netstatx.cmd'
} elseif ($NetstatxLauncher) {
    $launcher = $NetstatxLauncher
} else {
    $launcher = (Get-Command 'netstatx.cmd').Source
}
# netstatx writes UTF-8; PowerShell decodes a native program's output with [Console]::OutputEncoding
# (the OEM code page unless told otherwise), which would garble non-ASCII process names.
[Console]::OutputEncoding = New-Object System.Text.UTF8Encoding $false
# Ansible names the fact after this file, so the document is not namespaced (--facts=ansible).
$json = & $launcher --facts=ansible
if ($LASTEXITCODE -ne 0) {
    throw "netstatx --facts=ansible failed with exit code $LASTEXITCODE"
}
# setup.ps1 keeps objects, not text: a JSON string would become a string fact.
($json -join "`n") | ConvertFrom-Json
