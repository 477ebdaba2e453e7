// A stand-in for pygbag's pythons.js, for the browser tests only (the real runtime is not
// reachable from CI). Like the real one it reports download progress into #progress/#status and
// then loads the interpreter from <cdn>cpython312/main.js - which this fake mirror does not have,
// so the page must show its "could not load" message. With "fake=stall" in the URL fragment it
// stops after the progress instead, as a firewall that silently drops the connection would.
const progress = document.getElementById("progress")
const status = document.getElementById("status")
const stall = location.hash.indexOf("fake=stall") >= 0
let value = 0
const timer = setInterval(() => {
    value += 20
    progress.value = value
    status.textContent = `Downloading... (${value}/100)`
    if (value >= 60) {
        clearInterval(timer)
        if (!stall) {
            const script = document.createElement("script")
            script.src = window.config.cdn + "cpython312/main.js"
            document.head.appendChild(script)
        }
    }
}, 300)
