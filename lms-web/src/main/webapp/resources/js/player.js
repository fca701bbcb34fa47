/*
 * The lesson player's half of verified study time. It only reports: every heartbeat says whether the
 * page stayed visible, how long since the last input, and where the video is. The server decides what
 * counts and says why; this script shows its answer and stops when the server says the session ended
 * (another tab or device took over, or the session expired).
 */
(function () {
  'use strict';
  var el = document.getElementById('player');
  if (!el) {
    return;
  }
  var api = el.getAttribute('data-api');
  var token = el.getAttribute('data-token');
  var lessonId = Number(el.getAttribute('data-lesson'));
  var video = el.querySelector('video');
  var session = null;
  var seq = 0;
  var timer = null;
  var lastInput = Date.now();
  var hiddenSinceLastBeat = document.visibilityState !== 'visible';
  var watched = 0;
  var pendingAnswer = null;
  var stopped = false;

  function text(id) {
    var t = document.getElementById(id);
    return t ? t.textContent : id;
  }

  function set(id, value) {
    var t = document.getElementById(id);
    if (t) {
      t.textContent = value;
    }
  }

  function clock(seconds) {
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    return m + ':' + (s < 10 ? '0' : '') + s;
  }

  ['mousemove', 'mousedown', 'keydown', 'wheel', 'scroll', 'touchstart'].forEach(function (name) {
    window.addEventListener(name, function () { lastInput = Date.now(); }, { passive: true });
  });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState !== 'visible') {
      hiddenSinceLastBeat = true;
    }
  });

  function call(path, body, keepalive) {
    return fetch(api + path, {
      method: 'POST',
      credentials: 'same-origin',
      keepalive: !!keepalive,
      headers: {
        'Content-Type': 'application/json',
        'Accept': 'application/json',
        'Accept-Language': document.documentElement.lang || 'zh',
        'X-LMS-Page-Token': token
      },
      body: body ? JSON.stringify(body) : '{}'
    });
  }

  function show(counted, reason) {
    var need = session.completionSeconds;
    set('study-counted', clock(counted));
    set('study-needed', clock(need));
    var bar = document.getElementById('study-bar');
    if (bar) {
      bar.style.width = Math.min(100, Math.round(100 * counted / Math.max(1, need))) + '%';
    }
    if (reason) {
      set('study-reason', text('reason-' + reason));
      el.setAttribute('data-reason', reason);
    }
    if (counted >= need) {
      set('study-state', text('study-complete'));
      el.setAttribute('data-complete', 'true');
    }
  }

  function stop(message) {
    stopped = true;
    if (timer) {
      clearInterval(timer);
    }
    set('study-state', message || text('study-stopped'));
    el.setAttribute('data-stopped', 'true');
  }

  function open() {
    call('study/sessions', { lessonId: lessonId, clientTime: Date.now() }).then(function (r) {
      return r.json().then(function (j) {
        if (!r.ok) {
          stop(j.detail);
          return;
        }
        session = j;
        watched = j.maxPosition;
        el.setAttribute('data-session', j.sessionId);
        set('study-state', text('study-counting'));
        show(j.lessonCounted, null);
        timer = setInterval(beat, j.heartbeatSeconds * 1000);
      });
    }).catch(function () { stop(text('study-offline')); });
  }

  function beat() {
    if (stopped) {
      return;
    }
    var body = {
      seq: ++seq,
      sentAt: Date.now(),
      visible: document.visibilityState === 'visible' && !hiddenSinceLastBeat,
      idleSeconds: Math.floor((Date.now() - lastInput) / 1000),
      position: video ? video.currentTime : null,
      playing: !!(video && !video.paused && !video.ended),
      attentionAnswer: pendingAnswer
    };
    hiddenSinceLastBeat = document.visibilityState !== 'visible';
    call('study/sessions/' + session.sessionId + '/beats', body).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (j) {
        if (r.status === 409 || r.status === 404) {
          stop(j.detail);
          return;
        }
        if (!r.ok) {
          set('study-reason', j.detail || '');
          return;
        }
        if (pendingAnswer && !j.attentionCheck) {
          pendingAnswer = null;
          document.getElementById('attention').hidden = true;
        }
        watched = Math.max(watched, j.maxPosition);
        show(j.lessonCounted, j.reason);
        if (j.attentionCheck && !pendingAnswer) {
          ask(j.attentionCheck);
        }
      });
    }).catch(function () { set('study-reason', text('study-offline')); });
  }

  function ask(code) {
    var box = document.getElementById('attention');
    if (!box) {
      return;
    }
    box.hidden = false;
    box.querySelector('button').onclick = function () {
      pendingAnswer = code;
      box.hidden = true;
    };
  }

  if (video) {
    // seeking forward past what was watched is refused here too; the server refuses it regardless
    video.addEventListener('timeupdate', function () {
      if (!video.seeking && video.currentTime <= watched + 3) {
        watched = Math.max(watched, video.currentTime);
      }
    });
    video.addEventListener('seeking', function () {
      if (video.currentTime > watched + 3) {
        video.currentTime = watched;
      }
    });
  }

  window.addEventListener('pagehide', function () {
    if (session && !stopped) {
      stopped = true;
      call('study/sessions/' + session.sessionId + '/end', null, true);
    }
  });

  open();
}());
