#!/bin/sh
# collect-host-facts.sh — the eBPF Digest host collector: the raw facts of this Linux host that the
# site's evaluator turns into verdicts, printed as ONE JSON document (the HostFacts schema,
# lib/host-facts/schema.ts). Nothing is sent anywhere; you choose what to do with them.
#
# Usage:  sh collect-host-facts.sh > host-report.json        (then load it on the site's probe page)
#         sh collect-host-facts.sh --format prometheus [--kinds K,K|all] > ebpf_digest.prom
#           the verdicts as Prometheus metrics, for node_exporter's textfile collector: judged here
#           by the awk evaluator in this file, with the site's rules (generated below)
#         sh collect-host-facts.sh --format prometheus --facts host-report.json
#           the same for a report this script wrote before
#         --kinds: item kinds exported one series each (feature, helper, program-type, map-type,
#           attach-type, kfunc, or all); default feature,program-type,map-type.
#
# Needs:  a POSIX sh (dash, bash, busybox sh), coreutils or busybox (od, tr, head, tail, sort,
#         wc, ls, mktemp, date, uname), grep, sed, awk; gzip only for /proc/config.gz. No root.
# Env:    HOST_ROOT, HOST_PROC, HOST_SYS, HOST_ETC — where the host's /, /proc, /sys, /etc are
#         (a container with the host mounted at /host: HOST_ROOT=/host). Defaults: /, then
#         $HOST_ROOT/proc, $HOST_ROOT/sys, $HOST_ROOT/etc — the probe's resolveHostRoots.
#         EBPF_DIGEST_EXTRA_FUNCTIONS, …_MEMBERS (struct.member), …_ENUMERATORS, …_PATHS, …_SYSCTLS:
#         more names to look up (space-separated).
# Reads:  /proc/sys/kernel/{osrelease,arch} and the sysctls below, /etc/os-release (or
#         /usr/lib/os-release), /boot/config-$(release) or /proc/config.gz, /sys/kernel/btf/vmlinux
#         (BTF: six enums and which of the functions, members, enumerators below exist), the names in
#         /sys/kernel/btf/, /sys/kernel/security/{lsm,lockdown}, /proc/cmdline (only lsm= and
#         security= are kept), /proc/self/{mountinfo,status,limits}; runs `ip -V` when HOST_ROOT is /.
# A fact that cannot be read is reported as "unknown" with the reason; the others are unaffected.

# BEGIN GENERATED WANTED NAMES (npm run collect-script:sync — from the site's content and catalog)
WANTED_FUNCTIONS='
__bpf_trap
__bpf_trap_impl
__scx_bpf_dsq_insert_vtime
__scx_bpf_dsq_insert_vtime_impl
__scx_bpf_select_cpu_and
__scx_bpf_select_cpu_and_impl
bbr_cwnd_event
bbr_cwnd_event_impl
bbr_cwnd_event_tx_start
bbr_cwnd_event_tx_start_impl
bbr_init
bbr_init_impl
bbr_main
bbr_main_impl
bbr_min_tso_segs
bbr_min_tso_segs_impl
bbr_set_state
bbr_set_state_impl
bbr_sndbuf_expand
bbr_sndbuf_expand_impl
bbr_ssthresh
bbr_ssthresh_impl
bbr_undo_cwnd
bbr_undo_cwnd_impl
bpf_arena_alloc_pages
bpf_arena_alloc_pages_impl
bpf_arena_free_pages
bpf_arena_free_pages_impl
bpf_arena_reserve_pages
bpf_arena_reserve_pages_impl
bpf_cast_to_kern_ctx
bpf_cast_to_kern_ctx_impl
bpf_cgroup_acquire
bpf_cgroup_acquire_impl
bpf_cgroup_ancestor
bpf_cgroup_ancestor_impl
bpf_cgroup_from_id
bpf_cgroup_from_id_impl
bpf_cgroup_read_xattr
bpf_cgroup_read_xattr_impl
bpf_cgroup_release
bpf_cgroup_release_impl
bpf_copy_from_user_dynptr
bpf_copy_from_user_dynptr_impl
bpf_copy_from_user_str
bpf_copy_from_user_str_dynptr
bpf_copy_from_user_str_dynptr_impl
bpf_copy_from_user_str_impl
bpf_copy_from_user_task_dynptr
bpf_copy_from_user_task_dynptr_impl
bpf_copy_from_user_task_str
bpf_copy_from_user_task_str_dynptr
bpf_copy_from_user_task_str_dynptr_impl
bpf_copy_from_user_task_str_impl
bpf_cpumask_acquire
bpf_cpumask_acquire_impl
bpf_cpumask_and
bpf_cpumask_and_impl
bpf_cpumask_any_and_distribute
bpf_cpumask_any_and_distribute_impl
bpf_cpumask_any_distribute
bpf_cpumask_any_distribute_impl
bpf_cpumask_clear
bpf_cpumask_clear_cpu
bpf_cpumask_clear_cpu_impl
bpf_cpumask_clear_impl
bpf_cpumask_copy
bpf_cpumask_copy_impl
bpf_cpumask_create
bpf_cpumask_create_impl
bpf_cpumask_empty
bpf_cpumask_empty_impl
bpf_cpumask_equal
bpf_cpumask_equal_impl
bpf_cpumask_first
bpf_cpumask_first_and
bpf_cpumask_first_and_impl
bpf_cpumask_first_impl
bpf_cpumask_first_zero
bpf_cpumask_first_zero_impl
bpf_cpumask_full
bpf_cpumask_full_impl
bpf_cpumask_intersects
bpf_cpumask_intersects_impl
bpf_cpumask_or
bpf_cpumask_or_impl
bpf_cpumask_populate
bpf_cpumask_populate_impl
bpf_cpumask_release
bpf_cpumask_release_impl
bpf_cpumask_set_cpu
bpf_cpumask_set_cpu_impl
bpf_cpumask_setall
bpf_cpumask_setall_impl
bpf_cpumask_subset
bpf_cpumask_subset_impl
bpf_cpumask_test_and_clear_cpu
bpf_cpumask_test_and_clear_cpu_impl
bpf_cpumask_test_and_set_cpu
bpf_cpumask_test_and_set_cpu_impl
bpf_cpumask_test_cpu
bpf_cpumask_test_cpu_impl
bpf_cpumask_weight
bpf_cpumask_weight_impl
bpf_cpumask_xor
bpf_cpumask_xor_impl
bpf_crypto_ctx_acquire
bpf_crypto_ctx_acquire_impl
bpf_crypto_ctx_create
bpf_crypto_ctx_create_impl
bpf_crypto_ctx_release
bpf_crypto_ctx_release_impl
bpf_crypto_decrypt
bpf_crypto_decrypt_impl
bpf_crypto_encrypt
bpf_crypto_encrypt_impl
bpf_ct_change_status
bpf_ct_change_status_impl
bpf_ct_change_timeout
bpf_ct_change_timeout_impl
bpf_ct_insert_entry
bpf_ct_insert_entry_impl
bpf_ct_release
bpf_ct_release_impl
bpf_ct_set_nat_info
bpf_ct_set_nat_info_impl
bpf_ct_set_status
bpf_ct_set_status_impl
bpf_ct_set_timeout
bpf_ct_set_timeout_impl
bpf_dynptr_adjust
bpf_dynptr_adjust_impl
bpf_dynptr_clone
bpf_dynptr_clone_impl
bpf_dynptr_copy
bpf_dynptr_copy_impl
bpf_dynptr_file_discard
bpf_dynptr_file_discard_impl
bpf_dynptr_from_file
bpf_dynptr_from_file_impl
bpf_dynptr_from_skb
bpf_dynptr_from_skb_impl
bpf_dynptr_from_skb_meta
bpf_dynptr_from_skb_meta_impl
bpf_dynptr_from_xdp
bpf_dynptr_from_xdp_impl
bpf_dynptr_is_null
bpf_dynptr_is_null_impl
bpf_dynptr_is_rdonly
bpf_dynptr_is_rdonly_impl
bpf_dynptr_memset
bpf_dynptr_memset_impl
bpf_dynptr_size
bpf_dynptr_size_impl
bpf_dynptr_slice
bpf_dynptr_slice_impl
bpf_dynptr_slice_rdwr
bpf_dynptr_slice_rdwr_impl
bpf_get_dentry_xattr
bpf_get_dentry_xattr_impl
bpf_get_file_xattr
bpf_get_file_xattr_impl
bpf_get_fsverity_digest
bpf_get_fsverity_digest_impl
bpf_get_kmem_cache
bpf_get_kmem_cache_impl
bpf_get_socket_ptr_cookie
bpf_get_task_exe_file
bpf_get_task_exe_file_impl
bpf_io_uring_get_region
bpf_io_uring_get_region_impl
bpf_io_uring_submit_sqes
bpf_io_uring_submit_sqes_impl
bpf_iter_bits_destroy
bpf_iter_bits_destroy_impl
bpf_iter_bits_new
bpf_iter_bits_new_impl
bpf_iter_bits_next
bpf_iter_bits_next_impl
bpf_iter_css_destroy
bpf_iter_css_destroy_impl
bpf_iter_css_new
bpf_iter_css_new_impl
bpf_iter_css_next
bpf_iter_css_next_impl
bpf_iter_css_task_destroy
bpf_iter_css_task_destroy_impl
bpf_iter_css_task_new
bpf_iter_css_task_new_impl
bpf_iter_css_task_next
bpf_iter_css_task_next_impl
bpf_iter_dmabuf_destroy
bpf_iter_dmabuf_destroy_impl
bpf_iter_dmabuf_new
bpf_iter_dmabuf_new_impl
bpf_iter_dmabuf_next
bpf_iter_dmabuf_next_impl
bpf_iter_kmem_cache_destroy
bpf_iter_kmem_cache_destroy_impl
bpf_iter_kmem_cache_new
bpf_iter_kmem_cache_new_impl
bpf_iter_kmem_cache_next
bpf_iter_kmem_cache_next_impl
bpf_iter_num_destroy
bpf_iter_num_destroy_impl
bpf_iter_num_new
bpf_iter_num_new_impl
bpf_iter_num_next
bpf_iter_num_next_impl
bpf_iter_scx_dsq_destroy
bpf_iter_scx_dsq_destroy_impl
bpf_iter_scx_dsq_new
bpf_iter_scx_dsq_new_impl
bpf_iter_scx_dsq_next
bpf_iter_scx_dsq_next_impl
bpf_iter_task_destroy
bpf_iter_task_destroy_impl
bpf_iter_task_new
bpf_iter_task_new_impl
bpf_iter_task_next
bpf_iter_task_next_impl
bpf_iter_task_vma
bpf_iter_task_vma_destroy
bpf_iter_task_vma_destroy_impl
bpf_iter_task_vma_new
bpf_iter_task_vma_new_impl
bpf_iter_task_vma_next
bpf_iter_task_vma_next_impl
bpf_jit_supports_kfunc_call
bpf_key_put
bpf_key_put_impl
bpf_kfree_skb
bpf_kfree_skb_impl
bpf_list_back
bpf_list_back_impl
bpf_list_front
bpf_list_front_impl
bpf_list_pop_back
bpf_list_pop_back_impl
bpf_list_pop_front
bpf_list_pop_front_impl
bpf_list_push_back
bpf_list_push_back_impl
bpf_list_push_front
bpf_list_push_front_impl
bpf_local_irq_restore
bpf_local_irq_restore_impl
bpf_local_irq_save
bpf_local_irq_save_impl
bpf_lookup_system_key
bpf_lookup_system_key_impl
bpf_lookup_user_key
bpf_lookup_user_key_impl
bpf_map_kmalloc_node
bpf_map_sum_elem_count
bpf_map_sum_elem_count_impl
bpf_obj_drop
bpf_obj_drop_impl
bpf_obj_new
bpf_obj_new_impl
bpf_path_d_path
bpf_path_d_path_impl
bpf_percpu_obj_drop
bpf_percpu_obj_drop_impl
bpf_percpu_obj_new
bpf_percpu_obj_new_impl
bpf_preempt_disable
bpf_preempt_disable_impl
bpf_preempt_enable
bpf_preempt_enable_impl
bpf_probe_read_kernel_dynptr
bpf_probe_read_kernel_dynptr_impl
bpf_probe_read_kernel_str_dynptr
bpf_probe_read_kernel_str_dynptr_impl
bpf_probe_read_user_dynptr
bpf_probe_read_user_dynptr_impl
bpf_probe_read_user_str_dynptr
bpf_probe_read_user_str_dynptr_impl
bpf_prog_test_run_sk_lookup
bpf_put_file
bpf_put_file_impl
bpf_qdisc_bstats_update
bpf_qdisc_bstats_update_impl
bpf_qdisc_init_prologue
bpf_qdisc_init_prologue_impl
bpf_qdisc_reset_destroy_epilogue
bpf_qdisc_reset_destroy_epilogue_impl
bpf_qdisc_skb_drop
bpf_qdisc_skb_drop_impl
bpf_qdisc_watchdog_schedule
bpf_qdisc_watchdog_schedule_impl
bpf_rbtree_add
bpf_rbtree_add_impl
bpf_rbtree_first
bpf_rbtree_first_impl
bpf_rbtree_left
bpf_rbtree_left_impl
bpf_rbtree_remove
bpf_rbtree_remove_impl
bpf_rbtree_right
bpf_rbtree_right_impl
bpf_rbtree_root
bpf_rbtree_root_impl
bpf_rcu_read_lock
bpf_rcu_read_lock_impl
bpf_rcu_read_unlock
bpf_rcu_read_unlock_impl
bpf_rdonly_cast
bpf_rdonly_cast_impl
bpf_refcount_acquire
bpf_refcount_acquire_impl
bpf_remove_dentry_xattr
bpf_remove_dentry_xattr_impl
bpf_res_spin_lock
bpf_res_spin_lock_impl
bpf_res_spin_lock_irqsave
bpf_res_spin_lock_irqsave_impl
bpf_res_spin_unlock
bpf_res_spin_unlock_impl
bpf_res_spin_unlock_irqrestore
bpf_res_spin_unlock_irqrestore_impl
bpf_send_signal_task
bpf_send_signal_task_impl
bpf_session_cookie
bpf_session_cookie_impl
bpf_session_is_return
bpf_session_is_return_impl
bpf_set_dentry_xattr
bpf_set_dentry_xattr_impl
bpf_sk_assign_tcp_reqsk
bpf_sk_assign_tcp_reqsk_impl
bpf_sk_storage_get_tracing
bpf_sk_storage_tracing_allowed
bpf_skb_ct_alloc
bpf_skb_ct_alloc_impl
bpf_skb_ct_lookup
bpf_skb_ct_lookup_impl
bpf_skb_get_fou_encap
bpf_skb_get_fou_encap_impl
bpf_skb_get_hash
bpf_skb_get_hash_impl
bpf_skb_get_xfrm_info
bpf_skb_get_xfrm_info_impl
bpf_skb_set_fou_encap
bpf_skb_set_fou_encap_impl
bpf_skb_set_xfrm_info
bpf_skb_set_xfrm_info_impl
bpf_sock_addr_set_sun_path
bpf_sock_addr_set_sun_path_impl
bpf_sock_destroy
bpf_sock_destroy_impl
bpf_sock_ops_enable_tx_tstamp
bpf_sock_ops_enable_tx_tstamp_impl
bpf_strcasecmp
bpf_strcasecmp_impl
bpf_strcasestr
bpf_strcasestr_impl
bpf_strchr
bpf_strchr_impl
bpf_strchrnul
bpf_strchrnul_impl
bpf_strcmp
bpf_strcmp_impl
bpf_strcspn
bpf_strcspn_impl
bpf_stream_print_stack
bpf_stream_print_stack_impl
bpf_stream_vprintk
bpf_stream_vprintk_impl
bpf_strlen
bpf_strlen_impl
bpf_strncasecmp
bpf_strncasecmp_impl
bpf_strncasestr
bpf_strncasestr_impl
bpf_strnchr
bpf_strnchr_impl
bpf_strnstr
bpf_strnstr_impl
bpf_strrchr
bpf_strrchr_impl
bpf_strspn
bpf_strspn_impl
bpf_strstr
bpf_strstr_impl
bpf_task_acquire
bpf_task_acquire_impl
bpf_task_from_pid
bpf_task_from_pid_impl
bpf_task_from_vpid
bpf_task_from_vpid_impl
bpf_task_get_cgroup1
bpf_task_get_cgroup1_impl
bpf_task_release
bpf_task_release_impl
bpf_task_storage_get
bpf_task_under_cgroup
bpf_task_under_cgroup_impl
bpf_task_work_schedule_resume
bpf_task_work_schedule_resume_impl
bpf_task_work_schedule_signal
bpf_task_work_schedule_signal_impl
bpf_throw
bpf_throw_impl
bpf_timer_cancel_async
bpf_timer_cancel_async_impl
bpf_verify_pkcs7_signature
bpf_verify_pkcs7_signature_impl
bpf_wq_init
bpf_wq_init_impl
bpf_wq_set_callback
bpf_wq_set_callback_impl
bpf_wq_start
bpf_wq_start_impl
bpf_xdp_ct_alloc
bpf_xdp_ct_alloc_impl
bpf_xdp_ct_lookup
bpf_xdp_ct_lookup_impl
bpf_xdp_flow_lookup
bpf_xdp_flow_lookup_impl
bpf_xdp_get_xfrm_state
bpf_xdp_get_xfrm_state_impl
bpf_xdp_metadata_rx_hash
bpf_xdp_metadata_rx_hash_impl
bpf_xdp_metadata_rx_timestamp
bpf_xdp_metadata_rx_timestamp_impl
bpf_xdp_metadata_rx_vlan_tag
bpf_xdp_metadata_rx_vlan_tag_impl
bpf_xdp_pull_data
bpf_xdp_pull_data_impl
bpf_xdp_xfrm_state_release
bpf_xdp_xfrm_state_release_impl
build_id_parse
cgroup_rstat_flush
cgroup_rstat_flush_impl
cgroup_rstat_updated
cgroup_rstat_updated_impl
check_mem_reg
crash_kexec
crash_kexec_impl
css_rstat_flush
css_rstat_flush_impl
css_rstat_updated
css_rstat_updated_impl
cubictcp_acked
cubictcp_acked_impl
cubictcp_cong_avoid
cubictcp_cong_avoid_impl
cubictcp_cwnd_event
cubictcp_cwnd_event_impl
cubictcp_cwnd_event_tx_start
cubictcp_cwnd_event_tx_start_impl
cubictcp_init
cubictcp_init_impl
cubictcp_recalc_ssthresh
cubictcp_recalc_ssthresh_impl
cubictcp_state
cubictcp_state_impl
dctcp_cwnd_event
dctcp_cwnd_event_impl
dctcp_cwnd_event_tx_start
dctcp_cwnd_event_tx_start_impl
dctcp_cwnd_undo
dctcp_cwnd_undo_impl
dctcp_init
dctcp_init_impl
dctcp_ssthresh
dctcp_ssthresh_impl
dctcp_state
dctcp_state_impl
dctcp_update_alpha
dctcp_update_alpha_impl
hid_bpf_allocate_context
hid_bpf_allocate_context_impl
hid_bpf_attach_prog
hid_bpf_attach_prog_impl
hid_bpf_get_data
hid_bpf_get_data_impl
hid_bpf_hw_output_report
hid_bpf_hw_output_report_impl
hid_bpf_hw_request
hid_bpf_hw_request_impl
hid_bpf_input_report
hid_bpf_input_report_impl
hid_bpf_release_context
hid_bpf_release_context_impl
hid_bpf_try_input_report
hid_bpf_try_input_report_impl
scx_bpf_consume
scx_bpf_consume_impl
scx_bpf_cpu_curr
scx_bpf_cpu_curr_impl
scx_bpf_cpu_node
scx_bpf_cpu_node_impl
scx_bpf_cpu_rq
scx_bpf_cpu_rq_impl
scx_bpf_cpuperf_cap
scx_bpf_cpuperf_cap_impl
scx_bpf_cpuperf_cur
scx_bpf_cpuperf_cur_impl
scx_bpf_cpuperf_set
scx_bpf_cpuperf_set_impl
scx_bpf_create_dsq
scx_bpf_create_dsq_impl
scx_bpf_destroy_dsq
scx_bpf_destroy_dsq_impl
scx_bpf_dispatch
scx_bpf_dispatch_cancel
scx_bpf_dispatch_cancel_impl
scx_bpf_dispatch_from_dsq
scx_bpf_dispatch_from_dsq_impl
scx_bpf_dispatch_from_dsq_set_slice
scx_bpf_dispatch_from_dsq_set_slice_impl
scx_bpf_dispatch_from_dsq_set_vtime
scx_bpf_dispatch_from_dsq_set_vtime_impl
scx_bpf_dispatch_impl
scx_bpf_dispatch_nr_slots
scx_bpf_dispatch_nr_slots_impl
scx_bpf_dispatch_vtime
scx_bpf_dispatch_vtime_from_dsq
scx_bpf_dispatch_vtime_from_dsq_impl
scx_bpf_dispatch_vtime_impl
scx_bpf_dsq_insert
scx_bpf_dsq_insert___v2
scx_bpf_dsq_insert___v2_impl
scx_bpf_dsq_insert_impl
scx_bpf_dsq_insert_vtime
scx_bpf_dsq_insert_vtime_impl
scx_bpf_dsq_move
scx_bpf_dsq_move_impl
scx_bpf_dsq_move_set_slice
scx_bpf_dsq_move_set_slice_impl
scx_bpf_dsq_move_set_vtime
scx_bpf_dsq_move_set_vtime_impl
scx_bpf_dsq_move_to_local
scx_bpf_dsq_move_to_local___v2
scx_bpf_dsq_move_to_local___v2_impl
scx_bpf_dsq_move_to_local_impl
scx_bpf_dsq_move_vtime
scx_bpf_dsq_move_vtime_impl
scx_bpf_dsq_nr_queued
scx_bpf_dsq_nr_queued_impl
scx_bpf_dsq_peek
scx_bpf_dsq_peek_impl
scx_bpf_dsq_reenq
scx_bpf_dsq_reenq_impl
scx_bpf_dump_bstr
scx_bpf_dump_bstr_impl
scx_bpf_error_bstr
scx_bpf_error_bstr_impl
scx_bpf_events
scx_bpf_events_impl
scx_bpf_exit_bstr
scx_bpf_exit_bstr_impl
scx_bpf_get_idle_cpumask
scx_bpf_get_idle_cpumask_impl
scx_bpf_get_idle_cpumask_node
scx_bpf_get_idle_cpumask_node_impl
scx_bpf_get_idle_smtmask
scx_bpf_get_idle_smtmask_impl
scx_bpf_get_idle_smtmask_node
scx_bpf_get_idle_smtmask_node_impl
scx_bpf_get_online_cpumask
scx_bpf_get_online_cpumask_impl
scx_bpf_get_possible_cpumask
scx_bpf_get_possible_cpumask_impl
scx_bpf_kick_cpu
scx_bpf_kick_cpu_impl
scx_bpf_locked_rq
scx_bpf_locked_rq_impl
scx_bpf_now
scx_bpf_now_impl
scx_bpf_nr_cpu_ids
scx_bpf_nr_cpu_ids_impl
scx_bpf_nr_node_ids
scx_bpf_nr_node_ids_impl
scx_bpf_pick_any_cpu
scx_bpf_pick_any_cpu_impl
scx_bpf_pick_any_cpu_node
scx_bpf_pick_any_cpu_node_impl
scx_bpf_pick_idle_cpu
scx_bpf_pick_idle_cpu_impl
scx_bpf_pick_idle_cpu_node
scx_bpf_pick_idle_cpu_node_impl
scx_bpf_put_cpumask
scx_bpf_put_cpumask_impl
scx_bpf_put_idle_cpumask
scx_bpf_put_idle_cpumask_impl
scx_bpf_reenqueue_local
scx_bpf_reenqueue_local___v2
scx_bpf_reenqueue_local___v2_impl
scx_bpf_reenqueue_local_impl
scx_bpf_select_cpu_and
scx_bpf_select_cpu_and_impl
scx_bpf_select_cpu_dfl
scx_bpf_select_cpu_dfl_impl
scx_bpf_sub_dispatch
scx_bpf_sub_dispatch_impl
scx_bpf_task_cgroup
scx_bpf_task_cgroup_impl
scx_bpf_task_cpu
scx_bpf_task_cpu_impl
scx_bpf_task_running
scx_bpf_task_running_impl
scx_bpf_task_set_dsq_vtime
scx_bpf_task_set_dsq_vtime_impl
scx_bpf_task_set_slice
scx_bpf_task_set_slice_impl
scx_bpf_test_and_clear_cpu_idle
scx_bpf_test_and_clear_cpu_idle_impl
tcp_cong_avoid_ai
tcp_cong_avoid_ai_impl
tcp_reno_cong_avoid
tcp_reno_cong_avoid_impl
tcp_reno_ssthresh
tcp_reno_ssthresh_impl
tcp_reno_undo_cwnd
tcp_reno_undo_cwnd_impl
tcp_slow_start
tcp_slow_start_impl
xdp_return_frame_bulk
'
WANTED_MEMBERS='
bpf_map_ops.map_for_each_callback
bpf_map_ops.map_redirect
bpf_prog.active
bpf_prog_aux.kfunc_tab
bpf_prog_aux.used_btfs
bpf_prog_info.recursion_misses
bpf_redirect_info.map_type
btf.base_btf
btf.start_id
perf_event_attr.build_id
task_struct.bpf_storage
xdp_frame_bulk.count
'
WANTED_ENUMERATORS='
ARG_PTR_TO_CONST_STR
BPF_MTU_CHK_SEGS
BTF_KIND_FLOAT
'
WANTED_PATHS='
'
WANTED_SYSCTLS='
net.core.busy_poll
'
# END GENERATED WANTED NAMES

# BEGIN GENERATED ITEM RULES (npm run collect-script:sync — the evaluator's rules, for --format prometheus)
ITEM_KINDS='feature,helper,program-type,map-type,attach-type,kfunc'
METRIC_DEFAULT_KINDS='feature,program-type,map-type'
ITEM_RULES='
feature split-btf-in-kernel member:btf.base_btf member:btf.start_id kernel:5.11
feature verifier-pointers-beyond-pkt-end kernel:5.11
feature task-local-storage btf:BPF_MAP_TYPE_TASK_STORAGE btf:BPF_FUNC_task_storage_get btf:BPF_FUNC_task_storage_delete btf:BPF_FUNC_get_current_task_btf btf:bpf_task_storage_get kernel:5.11
feature sk-storage-in-tracing-programs btf:bpf_sk_storage_tracing_allowed btf:bpf_sk_storage_get_tracing kernel:5.11
feature xdp-redirect-bulk-return btf:xdp_return_frame_bulk member:xdp_frame_bulk.count kernel:5.11
feature htab-large-keys kernel:5.11
feature bpftool-runqslower-cross-build bpftool:5.11
feature libbpf-v0-2 libbpf:0.2
feature iproute2-libbpf iproute2:5.11
feature ena-xdp-redirect config:CONFIG_ENA_ETHERNET kernel:5.11
feature btf-kernel-modules config:CONFIG_DEBUG_INFO_BTF_MODULES kernel:5.11
feature so-prefer-busy-poll sysctl:net.core.busy_poll kernel:5.11
feature bpf-ima-inode-hash btf:BPF_FUNC_ima_inode_hash config:CONFIG_IMA lsm:bpf kernel:5.11
feature bpf-bprm-opts-set btf:BPF_FUNC_bprm_opts_set lsm:bpf kernel:5.11
feature memcg-bpf-memory-accounting btf:bpf_map_kmalloc_node kernel:5.11
feature sockopt-in-inet-bind-hooks config:CONFIG_CGROUP_BPF kernel:5.11
feature bpf-ktime-get-coarse-ns btf:BPF_FUNC_ktime_get_coarse_ns kernel:5.11
feature sk-storage-helpers-in-iterators btf:bpf_sk_storage_tracing_allowed kernel:5.11
feature af-xdp-veth-selftests kernel:5.11
feature libbpf-set-attach-target-btf libbpf:0.3
feature verifier-stack-pointers-in-helper-calls kernel:5.11
feature ring-buffer-epoll-fd libbpf:0.3 btf:BPF_MAP_TYPE_RINGBUF
feature bpf-atomic-instructions kernel:5.12
feature module-ksym-variables member:bpf_prog_aux.used_btfs config:CONFIG_DEBUG_INFO_BTF_MODULES kernel:5.12
feature stackmap-build-id-perf-mmap2 btf:build_id_parse member:perf_event_attr.build_id kernel:5.12
feature sock-addr-getsockopt-sol-socket config:CONFIG_CGROUP_BPF kernel:5.12
feature selftests-out-of-tree-cross-build kernel:5.12
feature bpf-vmtest-script kernel:5.12
feature global-func-ptr-args btf:check_mem_reg kernel:5.12
feature bpf-iter-task-vma btf:bpf_iter_task_vma kernel:5.12
feature sockopt-in-all-sock-addr-hooks config:CONFIG_CGROUP_BPF kernel:5.12
feature fentry-fexit-recursion-prevention member:bpf_prog.active member:bpf_prog_info.recursion_misses kernel:5.12
feature sleepable-progs-percpu-map-in-map kernel:5.12
feature ringbuf-sleepable-progs kernel:5.12
feature verifier-variable-offset-stack-access kernel:5.12
feature bpf-check-mtu btf:BPF_FUNC_check_mtu enum:BPF_MTU_CHK_SEGS kernel:5.12
feature get-socket-cookie-tracing btf:bpf_get_socket_ptr_cookie kernel:5.12
feature af-xdp-cleanup-perf config:CONFIG_XDP_SOCKETS kernel:5.12
feature libbpf-xsk-default-prog-probe libbpf:0.4
feature btf-zero-size-datasec kernel:5.12
feature veth-xdp-bulk-skb config:CONFIG_VETH kernel:5.12
feature bpf-kfunc-calls member:bpf_prog_aux.kfunc_tab btf:bpf_jit_supports_kfunc_call kernel:5.13
feature xdp-redirect-map-op member:bpf_map_ops.map_redirect member:bpf_redirect_info.map_type kernel:5.13
feature xdp-redirect-drop-path-devmap kernel:5.13
feature libbpf-xsk-bpf-link libbpf:0.4 btf:BPF_LINK_TYPE_XDP
feature cpumap-netif-receive-skb-list kernel:5.13
feature bpf-for-each-map-elem btf:BPF_FUNC_for_each_map_elem member:bpf_map_ops.map_for_each_callback kernel:5.13
feature bpf-snprintf btf:BPF_FUNC_snprintf enum:ARG_PTR_TO_CONST_STR kernel:5.13
feature btf-kind-float enum:BTF_KIND_FLOAT kernel:5.13
feature bpf-syscall-uapi-docs kernel:5.13
feature sk-lookup-test-run btf:bpf_prog_test_run_sk_lookup kernel:5.13
feature task-storage-in-tracing-programs member:task_struct.bpf_storage kernel:5.13
feature sockmap-udp btf:BPF_SK_SKB_VERDICT kernel:5.13
feature lpm-trie-batch-ops kernel:5.13
feature percpu-array-batch-ops kernel:5.13
feature trampoline-link-reattach kernel:5.13
feature libbpf-static-linker libbpf:0.4
feature bpftool-gen-object bpftool:5.13
helper bpf_bind btf-enum:bpf_func_id:BPF_FUNC_bind kernel:4.17
helper bpf_bprm_opts_set btf-enum:bpf_func_id:BPF_FUNC_bprm_opts_set kernel:5.11
helper bpf_btf_find_by_name_kind btf-enum:bpf_func_id:BPF_FUNC_btf_find_by_name_kind kernel:5.14
helper bpf_cgrp_storage_delete btf-enum:bpf_func_id:BPF_FUNC_cgrp_storage_delete kernel:6.2
helper bpf_cgrp_storage_get btf-enum:bpf_func_id:BPF_FUNC_cgrp_storage_get kernel:6.2
helper bpf_check_mtu btf-enum:bpf_func_id:BPF_FUNC_check_mtu kernel:5.12
helper bpf_clone_redirect btf-enum:bpf_func_id:BPF_FUNC_clone_redirect kernel:4.2
helper bpf_copy_from_user btf-enum:bpf_func_id:BPF_FUNC_copy_from_user kernel:5.10
helper bpf_copy_from_user_task btf-enum:bpf_func_id:BPF_FUNC_copy_from_user_task kernel:5.18
helper bpf_csum_diff btf-enum:bpf_func_id:BPF_FUNC_csum_diff kernel:4.6
helper bpf_csum_level btf-enum:bpf_func_id:BPF_FUNC_csum_level kernel:5.8
helper bpf_csum_update btf-enum:bpf_func_id:BPF_FUNC_csum_update kernel:4.9
helper bpf_current_task_under_cgroup btf-enum:bpf_func_id:BPF_FUNC_current_task_under_cgroup kernel:4.9
helper bpf_d_path btf-enum:bpf_func_id:BPF_FUNC_d_path kernel:5.10
helper bpf_dynptr_data btf-enum:bpf_func_id:BPF_FUNC_dynptr_data kernel:5.19
helper bpf_dynptr_from_mem btf-enum:bpf_func_id:BPF_FUNC_dynptr_from_mem kernel:5.19
helper bpf_dynptr_read btf-enum:bpf_func_id:BPF_FUNC_dynptr_read kernel:5.19
helper bpf_dynptr_write btf-enum:bpf_func_id:BPF_FUNC_dynptr_write kernel:5.19
helper bpf_fib_lookup btf-enum:bpf_func_id:BPF_FUNC_fib_lookup kernel:4.18
helper bpf_find_vma btf-enum:bpf_func_id:BPF_FUNC_find_vma kernel:5.17
helper bpf_for_each_map_elem btf-enum:bpf_func_id:BPF_FUNC_for_each_map_elem kernel:5.13
helper bpf_get_attach_cookie btf-enum:bpf_func_id:BPF_FUNC_get_attach_cookie kernel:5.15
helper bpf_get_branch_snapshot btf-enum:bpf_func_id:BPF_FUNC_get_branch_snapshot kernel:5.16
helper bpf_get_cgroup_classid btf-enum:bpf_func_id:BPF_FUNC_get_cgroup_classid kernel:4.3
helper bpf_get_current_ancestor_cgroup_id btf-enum:bpf_func_id:BPF_FUNC_get_current_ancestor_cgroup_id kernel:5.7
helper bpf_get_current_cgroup_id btf-enum:bpf_func_id:BPF_FUNC_get_current_cgroup_id kernel:4.18
helper bpf_get_current_comm btf-enum:bpf_func_id:BPF_FUNC_get_current_comm kernel:4.2
helper bpf_get_current_pid_tgid btf-enum:bpf_func_id:BPF_FUNC_get_current_pid_tgid kernel:4.2
helper bpf_get_current_task btf-enum:bpf_func_id:BPF_FUNC_get_current_task kernel:4.8
helper bpf_get_current_task_btf btf-enum:bpf_func_id:BPF_FUNC_get_current_task_btf kernel:5.11
helper bpf_get_current_uid_gid btf-enum:bpf_func_id:BPF_FUNC_get_current_uid_gid kernel:4.2
helper bpf_get_func_arg btf-enum:bpf_func_id:BPF_FUNC_get_func_arg kernel:5.17
helper bpf_get_func_arg_cnt btf-enum:bpf_func_id:BPF_FUNC_get_func_arg_cnt kernel:5.17
helper bpf_get_func_ip btf-enum:bpf_func_id:BPF_FUNC_get_func_ip kernel:5.15
helper bpf_get_func_ret btf-enum:bpf_func_id:BPF_FUNC_get_func_ret kernel:5.17
helper bpf_get_hash_recalc btf-enum:bpf_func_id:BPF_FUNC_get_hash_recalc kernel:4.8
helper bpf_get_listener_sock btf-enum:bpf_func_id:BPF_FUNC_get_listener_sock kernel:5.1
helper bpf_get_local_storage btf-enum:bpf_func_id:BPF_FUNC_get_local_storage kernel:4.19
helper bpf_get_netns_cookie btf-enum:bpf_func_id:BPF_FUNC_get_netns_cookie kernel:5.7
helper bpf_get_ns_current_pid_tgid btf-enum:bpf_func_id:BPF_FUNC_get_ns_current_pid_tgid kernel:5.7
helper bpf_get_numa_node_id btf-enum:bpf_func_id:BPF_FUNC_get_numa_node_id kernel:4.10
helper bpf_get_prandom_u32 btf-enum:bpf_func_id:BPF_FUNC_get_prandom_u32 kernel:4.1
helper bpf_get_retval btf-enum:bpf_func_id:BPF_FUNC_get_retval kernel:5.18
helper bpf_get_route_realm btf-enum:bpf_func_id:BPF_FUNC_get_route_realm kernel:4.4
helper bpf_get_smp_processor_id btf-enum:bpf_func_id:BPF_FUNC_get_smp_processor_id kernel:4.1
helper bpf_get_socket_cookie btf-enum:bpf_func_id:BPF_FUNC_get_socket_cookie kernel:4.12
helper bpf_get_socket_uid btf-enum:bpf_func_id:BPF_FUNC_get_socket_uid kernel:4.12
helper bpf_get_stack btf-enum:bpf_func_id:BPF_FUNC_get_stack kernel:4.18
helper bpf_get_stackid btf-enum:bpf_func_id:BPF_FUNC_get_stackid kernel:4.6
helper bpf_get_task_stack btf-enum:bpf_func_id:BPF_FUNC_get_task_stack kernel:5.9
helper bpf_getsockopt btf-enum:bpf_func_id:BPF_FUNC_getsockopt kernel:4.15
helper bpf_ima_file_hash btf-enum:bpf_func_id:BPF_FUNC_ima_file_hash kernel:5.18
helper bpf_ima_inode_hash btf-enum:bpf_func_id:BPF_FUNC_ima_inode_hash kernel:5.11
helper bpf_inode_storage_delete btf-enum:bpf_func_id:BPF_FUNC_inode_storage_delete kernel:5.10
helper bpf_inode_storage_get btf-enum:bpf_func_id:BPF_FUNC_inode_storage_get kernel:5.10
helper bpf_jiffies64 btf-enum:bpf_func_id:BPF_FUNC_jiffies64 kernel:5.6
helper bpf_kallsyms_lookup_name btf-enum:bpf_func_id:BPF_FUNC_kallsyms_lookup_name kernel:5.16
helper bpf_kptr_xchg btf-enum:bpf_func_id:BPF_FUNC_kptr_xchg kernel:5.19
helper bpf_ktime_get_boot_ns btf-enum:bpf_func_id:BPF_FUNC_ktime_get_boot_ns kernel:5.8
helper bpf_ktime_get_coarse_ns btf-enum:bpf_func_id:BPF_FUNC_ktime_get_coarse_ns kernel:5.11
helper bpf_ktime_get_ns btf-enum:bpf_func_id:BPF_FUNC_ktime_get_ns kernel:4.1
helper bpf_ktime_get_tai_ns btf-enum:bpf_func_id:BPF_FUNC_ktime_get_tai_ns kernel:6.1
helper bpf_l3_csum_replace btf-enum:bpf_func_id:BPF_FUNC_l3_csum_replace kernel:4.1
helper bpf_l4_csum_replace btf-enum:bpf_func_id:BPF_FUNC_l4_csum_replace kernel:4.1
helper bpf_load_hdr_opt btf-enum:bpf_func_id:BPF_FUNC_load_hdr_opt kernel:5.10
helper bpf_loop btf-enum:bpf_func_id:BPF_FUNC_loop kernel:5.17
helper bpf_lwt_push_encap btf-enum:bpf_func_id:BPF_FUNC_lwt_push_encap kernel:4.18
helper bpf_lwt_seg6_action btf-enum:bpf_func_id:BPF_FUNC_lwt_seg6_action kernel:4.18
helper bpf_lwt_seg6_adjust_srh btf-enum:bpf_func_id:BPF_FUNC_lwt_seg6_adjust_srh kernel:4.18
helper bpf_lwt_seg6_store_bytes btf-enum:bpf_func_id:BPF_FUNC_lwt_seg6_store_bytes kernel:4.18
helper bpf_map_delete_elem btf-enum:bpf_func_id:BPF_FUNC_map_delete_elem kernel:3.19
helper bpf_map_lookup_elem btf-enum:bpf_func_id:BPF_FUNC_map_lookup_elem kernel:3.18
helper bpf_map_lookup_percpu_elem btf-enum:bpf_func_id:BPF_FUNC_map_lookup_percpu_elem kernel:5.19
helper bpf_map_peek_elem btf-enum:bpf_func_id:BPF_FUNC_map_peek_elem kernel:4.20
helper bpf_map_pop_elem btf-enum:bpf_func_id:BPF_FUNC_map_pop_elem kernel:4.20
helper bpf_map_push_elem btf-enum:bpf_func_id:BPF_FUNC_map_push_elem kernel:4.20
helper bpf_map_update_elem btf-enum:bpf_func_id:BPF_FUNC_map_update_elem kernel:3.18
helper bpf_msg_apply_bytes btf-enum:bpf_func_id:BPF_FUNC_msg_apply_bytes kernel:4.17
helper bpf_msg_cork_bytes btf-enum:bpf_func_id:BPF_FUNC_msg_cork_bytes kernel:4.17
helper bpf_msg_pop_data btf-enum:bpf_func_id:BPF_FUNC_msg_pop_data kernel:5.0
helper bpf_msg_pull_data btf-enum:bpf_func_id:BPF_FUNC_msg_pull_data kernel:4.17
helper bpf_msg_push_data btf-enum:bpf_func_id:BPF_FUNC_msg_push_data kernel:4.20
helper bpf_msg_redirect_hash btf-enum:bpf_func_id:BPF_FUNC_msg_redirect_hash kernel:4.18
helper bpf_msg_redirect_map btf-enum:bpf_func_id:BPF_FUNC_msg_redirect_map kernel:4.17
helper bpf_override_return btf-enum:bpf_func_id:BPF_FUNC_override_return kernel:4.16
helper bpf_per_cpu_ptr btf-enum:bpf_func_id:BPF_FUNC_per_cpu_ptr kernel:5.10
helper bpf_perf_event_output btf-enum:bpf_func_id:BPF_FUNC_perf_event_output kernel:4.4
helper bpf_perf_event_read btf-enum:bpf_func_id:BPF_FUNC_perf_event_read kernel:4.3
helper bpf_perf_event_read_value btf-enum:bpf_func_id:BPF_FUNC_perf_event_read_value kernel:4.15
helper bpf_perf_prog_read_value btf-enum:bpf_func_id:BPF_FUNC_perf_prog_read_value kernel:4.15
helper bpf_probe_read btf-enum:bpf_func_id:BPF_FUNC_probe_read kernel:4.1
helper bpf_probe_read_kernel btf-enum:bpf_func_id:BPF_FUNC_probe_read_kernel kernel:5.5
helper bpf_probe_read_kernel_str btf-enum:bpf_func_id:BPF_FUNC_probe_read_kernel_str kernel:5.5
helper bpf_probe_read_str btf-enum:bpf_func_id:BPF_FUNC_probe_read_str kernel:4.11
helper bpf_probe_read_user btf-enum:bpf_func_id:BPF_FUNC_probe_read_user kernel:5.5
helper bpf_probe_read_user_str btf-enum:bpf_func_id:BPF_FUNC_probe_read_user_str kernel:5.5
helper bpf_probe_write_user btf-enum:bpf_func_id:BPF_FUNC_probe_write_user kernel:4.8
helper bpf_rc_keydown btf-enum:bpf_func_id:BPF_FUNC_rc_keydown kernel:4.18
helper bpf_rc_pointer_rel btf-enum:bpf_func_id:BPF_FUNC_rc_pointer_rel kernel:5.0
helper bpf_rc_repeat btf-enum:bpf_func_id:BPF_FUNC_rc_repeat kernel:4.18
helper bpf_read_branch_records btf-enum:bpf_func_id:BPF_FUNC_read_branch_records kernel:5.7
helper bpf_redirect btf-enum:bpf_func_id:BPF_FUNC_redirect kernel:4.4
helper bpf_redirect_map btf-enum:bpf_func_id:BPF_FUNC_redirect_map kernel:4.14
helper bpf_redirect_neigh btf-enum:bpf_func_id:BPF_FUNC_redirect_neigh kernel:5.10
helper bpf_redirect_peer btf-enum:bpf_func_id:BPF_FUNC_redirect_peer kernel:5.10
helper bpf_reserve_hdr_opt btf-enum:bpf_func_id:BPF_FUNC_reserve_hdr_opt kernel:5.10
helper bpf_ringbuf_discard btf-enum:bpf_func_id:BPF_FUNC_ringbuf_discard kernel:5.8
helper bpf_ringbuf_discard_dynptr btf-enum:bpf_func_id:BPF_FUNC_ringbuf_discard_dynptr kernel:5.19
helper bpf_ringbuf_output btf-enum:bpf_func_id:BPF_FUNC_ringbuf_output kernel:5.8
helper bpf_ringbuf_query btf-enum:bpf_func_id:BPF_FUNC_ringbuf_query kernel:5.8
helper bpf_ringbuf_reserve btf-enum:bpf_func_id:BPF_FUNC_ringbuf_reserve kernel:5.8
helper bpf_ringbuf_reserve_dynptr btf-enum:bpf_func_id:BPF_FUNC_ringbuf_reserve_dynptr kernel:5.19
helper bpf_ringbuf_submit btf-enum:bpf_func_id:BPF_FUNC_ringbuf_submit kernel:5.8
helper bpf_ringbuf_submit_dynptr btf-enum:bpf_func_id:BPF_FUNC_ringbuf_submit_dynptr kernel:5.19
helper bpf_send_signal btf-enum:bpf_func_id:BPF_FUNC_send_signal kernel:5.3
helper bpf_send_signal_thread btf-enum:bpf_func_id:BPF_FUNC_send_signal_thread kernel:5.6
helper bpf_seq_printf btf-enum:bpf_func_id:BPF_FUNC_seq_printf kernel:5.8
helper bpf_seq_printf_btf btf-enum:bpf_func_id:BPF_FUNC_seq_printf_btf kernel:5.10
helper bpf_seq_write btf-enum:bpf_func_id:BPF_FUNC_seq_write kernel:5.8
helper bpf_set_hash btf-enum:bpf_func_id:BPF_FUNC_set_hash kernel:4.13
helper bpf_set_hash_invalid btf-enum:bpf_func_id:BPF_FUNC_set_hash_invalid kernel:4.9
helper bpf_set_retval btf-enum:bpf_func_id:BPF_FUNC_set_retval kernel:5.18
helper bpf_setsockopt btf-enum:bpf_func_id:BPF_FUNC_setsockopt kernel:4.13
helper bpf_sk_ancestor_cgroup_id btf-enum:bpf_func_id:BPF_FUNC_sk_ancestor_cgroup_id kernel:5.8
helper bpf_sk_assign btf-enum:bpf_func_id:BPF_FUNC_sk_assign kernel:5.7
helper bpf_sk_cgroup_id btf-enum:bpf_func_id:BPF_FUNC_sk_cgroup_id kernel:5.8
helper bpf_sk_fullsock btf-enum:bpf_func_id:BPF_FUNC_sk_fullsock kernel:5.1
helper bpf_sk_lookup_tcp btf-enum:bpf_func_id:BPF_FUNC_sk_lookup_tcp kernel:4.20
helper bpf_sk_lookup_udp btf-enum:bpf_func_id:BPF_FUNC_sk_lookup_udp kernel:4.20
helper bpf_sk_redirect_hash btf-enum:bpf_func_id:BPF_FUNC_sk_redirect_hash kernel:4.18
helper bpf_sk_redirect_map btf-enum:bpf_func_id:BPF_FUNC_sk_redirect_map kernel:4.14
helper bpf_sk_release btf-enum:bpf_func_id:BPF_FUNC_sk_release kernel:4.20
helper bpf_sk_select_reuseport btf-enum:bpf_func_id:BPF_FUNC_sk_select_reuseport kernel:4.19
helper bpf_sk_storage_delete btf-enum:bpf_func_id:BPF_FUNC_sk_storage_delete kernel:5.2
helper bpf_sk_storage_get btf-enum:bpf_func_id:BPF_FUNC_sk_storage_get kernel:5.2
helper bpf_skb_adjust_room btf-enum:bpf_func_id:BPF_FUNC_skb_adjust_room kernel:4.13
helper bpf_skb_ancestor_cgroup_id btf-enum:bpf_func_id:BPF_FUNC_skb_ancestor_cgroup_id kernel:4.19
helper bpf_skb_cgroup_classid btf-enum:bpf_func_id:BPF_FUNC_skb_cgroup_classid kernel:5.10
helper bpf_skb_cgroup_id btf-enum:bpf_func_id:BPF_FUNC_skb_cgroup_id kernel:4.18
helper bpf_skb_change_head btf-enum:bpf_func_id:BPF_FUNC_skb_change_head kernel:4.10
helper bpf_skb_change_proto btf-enum:bpf_func_id:BPF_FUNC_skb_change_proto kernel:4.8
helper bpf_skb_change_tail btf-enum:bpf_func_id:BPF_FUNC_skb_change_tail kernel:4.9
helper bpf_skb_change_type btf-enum:bpf_func_id:BPF_FUNC_skb_change_type kernel:4.8
helper bpf_skb_ecn_set_ce btf-enum:bpf_func_id:BPF_FUNC_skb_ecn_set_ce kernel:5.1
helper bpf_skb_get_tunnel_key btf-enum:bpf_func_id:BPF_FUNC_skb_get_tunnel_key kernel:4.3
helper bpf_skb_get_tunnel_opt btf-enum:bpf_func_id:BPF_FUNC_skb_get_tunnel_opt kernel:4.6
helper bpf_skb_get_xfrm_state btf-enum:bpf_func_id:BPF_FUNC_skb_get_xfrm_state kernel:4.18
helper bpf_skb_load_bytes btf-enum:bpf_func_id:BPF_FUNC_skb_load_bytes kernel:4.5
helper bpf_skb_load_bytes_relative btf-enum:bpf_func_id:BPF_FUNC_skb_load_bytes_relative kernel:4.18
helper bpf_skb_output btf-enum:bpf_func_id:BPF_FUNC_skb_output kernel:5.5
helper bpf_skb_pull_data btf-enum:bpf_func_id:BPF_FUNC_skb_pull_data kernel:4.9
helper bpf_skb_set_tstamp btf-enum:bpf_func_id:BPF_FUNC_skb_set_tstamp kernel:5.18
helper bpf_skb_set_tunnel_key btf-enum:bpf_func_id:BPF_FUNC_skb_set_tunnel_key kernel:4.3
helper bpf_skb_set_tunnel_opt btf-enum:bpf_func_id:BPF_FUNC_skb_set_tunnel_opt kernel:4.6
helper bpf_skb_store_bytes btf-enum:bpf_func_id:BPF_FUNC_skb_store_bytes kernel:4.1
helper bpf_skb_under_cgroup btf-enum:bpf_func_id:BPF_FUNC_skb_under_cgroup kernel:4.8
helper bpf_skb_vlan_pop btf-enum:bpf_func_id:BPF_FUNC_skb_vlan_pop kernel:4.3
helper bpf_skb_vlan_push btf-enum:bpf_func_id:BPF_FUNC_skb_vlan_push kernel:4.3
helper bpf_skc_lookup_tcp btf-enum:bpf_func_id:BPF_FUNC_skc_lookup_tcp kernel:5.2
helper bpf_skc_to_mptcp_sock btf-enum:bpf_func_id:BPF_FUNC_skc_to_mptcp_sock kernel:5.19
helper bpf_skc_to_tcp6_sock btf-enum:bpf_func_id:BPF_FUNC_skc_to_tcp6_sock kernel:5.9
helper bpf_skc_to_tcp_request_sock btf-enum:bpf_func_id:BPF_FUNC_skc_to_tcp_request_sock kernel:5.9
helper bpf_skc_to_tcp_sock btf-enum:bpf_func_id:BPF_FUNC_skc_to_tcp_sock kernel:5.9
helper bpf_skc_to_tcp_timewait_sock btf-enum:bpf_func_id:BPF_FUNC_skc_to_tcp_timewait_sock kernel:5.9
helper bpf_skc_to_udp6_sock btf-enum:bpf_func_id:BPF_FUNC_skc_to_udp6_sock kernel:5.9
helper bpf_skc_to_unix_sock btf-enum:bpf_func_id:BPF_FUNC_skc_to_unix_sock kernel:5.16
helper bpf_snprintf btf-enum:bpf_func_id:BPF_FUNC_snprintf kernel:5.13
helper bpf_snprintf_btf btf-enum:bpf_func_id:BPF_FUNC_snprintf_btf kernel:5.10
helper bpf_sock_from_file btf-enum:bpf_func_id:BPF_FUNC_sock_from_file kernel:5.11
helper bpf_sock_hash_update btf-enum:bpf_func_id:BPF_FUNC_sock_hash_update kernel:4.18
helper bpf_sock_map_update btf-enum:bpf_func_id:BPF_FUNC_sock_map_update kernel:4.14
helper bpf_sock_ops_cb_flags_set btf-enum:bpf_func_id:BPF_FUNC_sock_ops_cb_flags_set kernel:4.16
helper bpf_spin_lock btf-enum:bpf_func_id:BPF_FUNC_spin_lock kernel:5.1
helper bpf_spin_unlock btf-enum:bpf_func_id:BPF_FUNC_spin_unlock kernel:5.1
helper bpf_store_hdr_opt btf-enum:bpf_func_id:BPF_FUNC_store_hdr_opt kernel:5.10
helper bpf_strncmp btf-enum:bpf_func_id:BPF_FUNC_strncmp kernel:5.17
helper bpf_strtol btf-enum:bpf_func_id:BPF_FUNC_strtol kernel:5.2
helper bpf_strtoul btf-enum:bpf_func_id:BPF_FUNC_strtoul kernel:5.2
helper bpf_sys_bpf btf-enum:bpf_func_id:BPF_FUNC_sys_bpf kernel:5.14
helper bpf_sys_close btf-enum:bpf_func_id:BPF_FUNC_sys_close kernel:5.14
helper bpf_sysctl_get_current_value btf-enum:bpf_func_id:BPF_FUNC_sysctl_get_current_value kernel:5.2
helper bpf_sysctl_get_name btf-enum:bpf_func_id:BPF_FUNC_sysctl_get_name kernel:5.2
helper bpf_sysctl_get_new_value btf-enum:bpf_func_id:BPF_FUNC_sysctl_get_new_value kernel:5.2
helper bpf_sysctl_set_new_value btf-enum:bpf_func_id:BPF_FUNC_sysctl_set_new_value kernel:5.2
helper bpf_tail_call btf-enum:bpf_func_id:BPF_FUNC_tail_call kernel:4.2
helper bpf_task_pt_regs btf-enum:bpf_func_id:BPF_FUNC_task_pt_regs kernel:5.15
helper bpf_task_storage_delete btf-enum:bpf_func_id:BPF_FUNC_task_storage_delete kernel:5.11
helper bpf_task_storage_get btf-enum:bpf_func_id:BPF_FUNC_task_storage_get kernel:5.11
helper bpf_tcp_check_syncookie btf-enum:bpf_func_id:BPF_FUNC_tcp_check_syncookie kernel:5.2
helper bpf_tcp_gen_syncookie btf-enum:bpf_func_id:BPF_FUNC_tcp_gen_syncookie kernel:5.4
helper bpf_tcp_raw_check_syncookie_ipv4 btf-enum:bpf_func_id:BPF_FUNC_tcp_raw_check_syncookie_ipv4 kernel:6.0
helper bpf_tcp_raw_check_syncookie_ipv6 btf-enum:bpf_func_id:BPF_FUNC_tcp_raw_check_syncookie_ipv6 kernel:6.0
helper bpf_tcp_raw_gen_syncookie_ipv4 btf-enum:bpf_func_id:BPF_FUNC_tcp_raw_gen_syncookie_ipv4 kernel:6.0
helper bpf_tcp_raw_gen_syncookie_ipv6 btf-enum:bpf_func_id:BPF_FUNC_tcp_raw_gen_syncookie_ipv6 kernel:6.0
helper bpf_tcp_send_ack btf-enum:bpf_func_id:BPF_FUNC_tcp_send_ack kernel:5.6
helper bpf_tcp_sock btf-enum:bpf_func_id:BPF_FUNC_tcp_sock kernel:5.1
helper bpf_this_cpu_ptr btf-enum:bpf_func_id:BPF_FUNC_this_cpu_ptr kernel:5.10
helper bpf_timer_cancel btf-enum:bpf_func_id:BPF_FUNC_timer_cancel kernel:5.15
helper bpf_timer_init btf-enum:bpf_func_id:BPF_FUNC_timer_init kernel:5.15
helper bpf_timer_set_callback btf-enum:bpf_func_id:BPF_FUNC_timer_set_callback kernel:5.15
helper bpf_timer_start btf-enum:bpf_func_id:BPF_FUNC_timer_start kernel:5.15
helper bpf_trace_printk btf-enum:bpf_func_id:BPF_FUNC_trace_printk kernel:4.1
helper bpf_trace_vprintk btf-enum:bpf_func_id:BPF_FUNC_trace_vprintk kernel:5.16
helper bpf_user_ringbuf_drain btf-enum:bpf_func_id:BPF_FUNC_user_ringbuf_drain kernel:6.1
helper bpf_xdp_adjust_head btf-enum:bpf_func_id:BPF_FUNC_xdp_adjust_head kernel:4.10
helper bpf_xdp_adjust_meta btf-enum:bpf_func_id:BPF_FUNC_xdp_adjust_meta kernel:4.15
helper bpf_xdp_adjust_tail btf-enum:bpf_func_id:BPF_FUNC_xdp_adjust_tail kernel:4.18
helper bpf_xdp_get_buff_len btf-enum:bpf_func_id:BPF_FUNC_xdp_get_buff_len kernel:5.18
helper bpf_xdp_load_bytes btf-enum:bpf_func_id:BPF_FUNC_xdp_load_bytes kernel:5.18
helper bpf_xdp_output btf-enum:bpf_func_id:BPF_FUNC_xdp_output kernel:5.7
helper bpf_xdp_store_bytes btf-enum:bpf_func_id:BPF_FUNC_xdp_store_bytes kernel:5.18
program-type BPF_PROG_TYPE_CGROUP_DEVICE btf-enum:bpf_prog_type:BPF_PROG_TYPE_CGROUP_DEVICE kernel:4.15 gate:CONFIG_CGROUP_BPF
program-type BPF_PROG_TYPE_CGROUP_SKB btf-enum:bpf_prog_type:BPF_PROG_TYPE_CGROUP_SKB kernel:4.10 gate:CONFIG_NET,CONFIG_CGROUP_BPF
program-type BPF_PROG_TYPE_CGROUP_SOCK btf-enum:bpf_prog_type:BPF_PROG_TYPE_CGROUP_SOCK kernel:4.10 gate:CONFIG_NET,CONFIG_CGROUP_BPF
program-type BPF_PROG_TYPE_CGROUP_SOCKOPT btf-enum:bpf_prog_type:BPF_PROG_TYPE_CGROUP_SOCKOPT kernel:5.3 gate:CONFIG_CGROUP_BPF
program-type BPF_PROG_TYPE_CGROUP_SOCK_ADDR btf-enum:bpf_prog_type:BPF_PROG_TYPE_CGROUP_SOCK_ADDR kernel:4.17 gate:CONFIG_NET,CONFIG_CGROUP_BPF
program-type BPF_PROG_TYPE_CGROUP_SYSCTL btf-enum:bpf_prog_type:BPF_PROG_TYPE_CGROUP_SYSCTL kernel:5.2 gate:CONFIG_CGROUP_BPF
program-type BPF_PROG_TYPE_EXT btf-enum:bpf_prog_type:BPF_PROG_TYPE_EXT kernel:5.6 gate:CONFIG_BPF_JIT
program-type BPF_PROG_TYPE_FLOW_DISSECTOR btf-enum:bpf_prog_type:BPF_PROG_TYPE_FLOW_DISSECTOR kernel:4.20 gate:CONFIG_NET
program-type BPF_PROG_TYPE_KPROBE btf-enum:bpf_prog_type:BPF_PROG_TYPE_KPROBE kernel:4.1 gate:CONFIG_BPF_EVENTS
program-type BPF_PROG_TYPE_LIRC_MODE2 btf-enum:bpf_prog_type:BPF_PROG_TYPE_LIRC_MODE2 kernel:4.18 gate:CONFIG_BPF_LIRC_MODE2
program-type BPF_PROG_TYPE_LSM btf-enum:bpf_prog_type:BPF_PROG_TYPE_LSM kernel:5.7 gate:CONFIG_BPF_JIT,CONFIG_BPF_LSM
program-type BPF_PROG_TYPE_LWT_IN btf-enum:bpf_prog_type:BPF_PROG_TYPE_LWT_IN kernel:4.10 gate:CONFIG_NET
program-type BPF_PROG_TYPE_LWT_OUT btf-enum:bpf_prog_type:BPF_PROG_TYPE_LWT_OUT kernel:4.10 gate:CONFIG_NET
program-type BPF_PROG_TYPE_LWT_SEG6LOCAL btf-enum:bpf_prog_type:BPF_PROG_TYPE_LWT_SEG6LOCAL kernel:4.18 gate:CONFIG_NET
program-type BPF_PROG_TYPE_LWT_XMIT btf-enum:bpf_prog_type:BPF_PROG_TYPE_LWT_XMIT kernel:4.10 gate:CONFIG_NET
program-type BPF_PROG_TYPE_NETFILTER btf-enum:bpf_prog_type:BPF_PROG_TYPE_NETFILTER kernel:6.4 gate:CONFIG_NETFILTER_BPF_LINK
program-type BPF_PROG_TYPE_PERF_EVENT btf-enum:bpf_prog_type:BPF_PROG_TYPE_PERF_EVENT kernel:4.9 gate:CONFIG_BPF_EVENTS
program-type BPF_PROG_TYPE_RAW_TRACEPOINT btf-enum:bpf_prog_type:BPF_PROG_TYPE_RAW_TRACEPOINT kernel:4.17 gate:CONFIG_BPF_EVENTS
program-type BPF_PROG_TYPE_RAW_TRACEPOINT_WRITABLE btf-enum:bpf_prog_type:BPF_PROG_TYPE_RAW_TRACEPOINT_WRITABLE kernel:5.2 gate:CONFIG_BPF_EVENTS
program-type BPF_PROG_TYPE_SCHED_ACT btf-enum:bpf_prog_type:BPF_PROG_TYPE_SCHED_ACT kernel:4.1 gate:CONFIG_NET
program-type BPF_PROG_TYPE_SCHED_CLS btf-enum:bpf_prog_type:BPF_PROG_TYPE_SCHED_CLS kernel:4.1 gate:CONFIG_NET
program-type BPF_PROG_TYPE_SK_LOOKUP btf-enum:bpf_prog_type:BPF_PROG_TYPE_SK_LOOKUP kernel:5.9 gate:CONFIG_INET
program-type BPF_PROG_TYPE_SK_MSG btf-enum:bpf_prog_type:BPF_PROG_TYPE_SK_MSG kernel:4.17 gate:CONFIG_NET,CONFIG_BPF_STREAM_PARSER::5.15 gate:CONFIG_NET,CONFIG_INET:5.15:
program-type BPF_PROG_TYPE_SK_REUSEPORT btf-enum:bpf_prog_type:BPF_PROG_TYPE_SK_REUSEPORT kernel:4.19 gate:CONFIG_INET
program-type BPF_PROG_TYPE_SK_SKB btf-enum:bpf_prog_type:BPF_PROG_TYPE_SK_SKB kernel:4.14 gate:CONFIG_NET,CONFIG_BPF_STREAM_PARSER::5.15 gate:CONFIG_NET,CONFIG_INET:5.15:
program-type BPF_PROG_TYPE_SOCKET_FILTER btf-enum:bpf_prog_type:BPF_PROG_TYPE_SOCKET_FILTER kernel:3.19 gate:CONFIG_NET
program-type BPF_PROG_TYPE_SOCK_OPS btf-enum:bpf_prog_type:BPF_PROG_TYPE_SOCK_OPS kernel:4.13 gate:CONFIG_NET
program-type BPF_PROG_TYPE_STRUCT_OPS btf-enum:bpf_prog_type:BPF_PROG_TYPE_STRUCT_OPS kernel:5.6 gate:CONFIG_BPF_JIT
program-type BPF_PROG_TYPE_SYSCALL btf-enum:bpf_prog_type:BPF_PROG_TYPE_SYSCALL kernel:5.14
program-type BPF_PROG_TYPE_TRACEPOINT btf-enum:bpf_prog_type:BPF_PROG_TYPE_TRACEPOINT kernel:4.7 gate:CONFIG_BPF_EVENTS
program-type BPF_PROG_TYPE_TRACING btf-enum:bpf_prog_type:BPF_PROG_TYPE_TRACING kernel:5.5 gate:CONFIG_BPF_EVENTS
program-type BPF_PROG_TYPE_XDP btf-enum:bpf_prog_type:BPF_PROG_TYPE_XDP kernel:4.8 gate:CONFIG_NET
map-type BPF_MAP_TYPE_ARENA btf-enum:bpf_map_type:BPF_MAP_TYPE_ARENA kernel:6.9
map-type BPF_MAP_TYPE_ARRAY btf-enum:bpf_map_type:BPF_MAP_TYPE_ARRAY kernel:3.19
map-type BPF_MAP_TYPE_ARRAY_OF_MAPS btf-enum:bpf_map_type:BPF_MAP_TYPE_ARRAY_OF_MAPS kernel:4.12
map-type BPF_MAP_TYPE_BLOOM_FILTER btf-enum:bpf_map_type:BPF_MAP_TYPE_BLOOM_FILTER kernel:5.16
map-type BPF_MAP_TYPE_CGROUP_ARRAY btf-enum:bpf_map_type:BPF_MAP_TYPE_CGROUP_ARRAY kernel:4.8 gate:CONFIG_CGROUPS
map-type BPF_MAP_TYPE_CGROUP_STORAGE btf-enum:bpf_map_type:BPF_MAP_TYPE_CGROUP_STORAGE kernel:4.19 gate:CONFIG_CGROUP_BPF
map-type BPF_MAP_TYPE_CGRP_STORAGE btf-enum:bpf_map_type:BPF_MAP_TYPE_CGRP_STORAGE kernel:6.2 gate:CONFIG_CGROUPS
map-type BPF_MAP_TYPE_CPUMAP btf-enum:bpf_map_type:BPF_MAP_TYPE_CPUMAP kernel:4.15 gate:CONFIG_NET
map-type BPF_MAP_TYPE_DEVMAP btf-enum:bpf_map_type:BPF_MAP_TYPE_DEVMAP kernel:4.14 gate:CONFIG_NET
map-type BPF_MAP_TYPE_DEVMAP_HASH btf-enum:bpf_map_type:BPF_MAP_TYPE_DEVMAP_HASH kernel:5.4 gate:CONFIG_NET
map-type BPF_MAP_TYPE_HASH btf-enum:bpf_map_type:BPF_MAP_TYPE_HASH kernel:3.19
map-type BPF_MAP_TYPE_HASH_OF_MAPS btf-enum:bpf_map_type:BPF_MAP_TYPE_HASH_OF_MAPS kernel:4.12
map-type BPF_MAP_TYPE_INODE_STORAGE btf-enum:bpf_map_type:BPF_MAP_TYPE_INODE_STORAGE kernel:5.10 gate:CONFIG_BPF_LSM
map-type BPF_MAP_TYPE_INSN_ARRAY btf-enum:bpf_map_type:BPF_MAP_TYPE_INSN_ARRAY kernel:6.19
map-type BPF_MAP_TYPE_LPM_TRIE btf-enum:bpf_map_type:BPF_MAP_TYPE_LPM_TRIE kernel:4.11
map-type BPF_MAP_TYPE_LRU_HASH btf-enum:bpf_map_type:BPF_MAP_TYPE_LRU_HASH kernel:4.10
map-type BPF_MAP_TYPE_LRU_PERCPU_HASH btf-enum:bpf_map_type:BPF_MAP_TYPE_LRU_PERCPU_HASH kernel:4.10
map-type BPF_MAP_TYPE_PERCPU_ARRAY btf-enum:bpf_map_type:BPF_MAP_TYPE_PERCPU_ARRAY kernel:4.6
map-type BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE btf-enum:bpf_map_type:BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE kernel:4.20 gate:CONFIG_CGROUP_BPF
map-type BPF_MAP_TYPE_PERCPU_HASH btf-enum:bpf_map_type:BPF_MAP_TYPE_PERCPU_HASH kernel:4.6
map-type BPF_MAP_TYPE_PERF_EVENT_ARRAY btf-enum:bpf_map_type:BPF_MAP_TYPE_PERF_EVENT_ARRAY kernel:4.3
map-type BPF_MAP_TYPE_PROG_ARRAY btf-enum:bpf_map_type:BPF_MAP_TYPE_PROG_ARRAY kernel:4.2
map-type BPF_MAP_TYPE_QUEUE btf-enum:bpf_map_type:BPF_MAP_TYPE_QUEUE kernel:4.20
map-type BPF_MAP_TYPE_REUSEPORT_SOCKARRAY btf-enum:bpf_map_type:BPF_MAP_TYPE_REUSEPORT_SOCKARRAY kernel:4.19 gate:CONFIG_NET,CONFIG_INET
map-type BPF_MAP_TYPE_RINGBUF btf-enum:bpf_map_type:BPF_MAP_TYPE_RINGBUF kernel:5.8
map-type BPF_MAP_TYPE_SK_STORAGE btf-enum:bpf_map_type:BPF_MAP_TYPE_SK_STORAGE kernel:5.2 gate:CONFIG_NET
map-type BPF_MAP_TYPE_SOCKHASH btf-enum:bpf_map_type:BPF_MAP_TYPE_SOCKHASH kernel:4.18 gate:CONFIG_NET,CONFIG_BPF_STREAM_PARSER::5.15 gate:CONFIG_NET,CONFIG_INET:5.15:
map-type BPF_MAP_TYPE_SOCKMAP btf-enum:bpf_map_type:BPF_MAP_TYPE_SOCKMAP kernel:4.14 gate:CONFIG_NET,CONFIG_BPF_STREAM_PARSER::5.15 gate:CONFIG_NET,CONFIG_INET:5.15:
map-type BPF_MAP_TYPE_STACK btf-enum:bpf_map_type:BPF_MAP_TYPE_STACK kernel:4.20
map-type BPF_MAP_TYPE_STACK_TRACE btf-enum:bpf_map_type:BPF_MAP_TYPE_STACK_TRACE kernel:4.6 gate:CONFIG_PERF_EVENTS
map-type BPF_MAP_TYPE_STRUCT_OPS btf-enum:bpf_map_type:BPF_MAP_TYPE_STRUCT_OPS kernel:5.6 gate:CONFIG_BPF_JIT
map-type BPF_MAP_TYPE_TASK_STORAGE btf-enum:bpf_map_type:BPF_MAP_TYPE_TASK_STORAGE kernel:5.11
map-type BPF_MAP_TYPE_USER_RINGBUF btf-enum:bpf_map_type:BPF_MAP_TYPE_USER_RINGBUF kernel:6.1
map-type BPF_MAP_TYPE_XSKMAP btf-enum:bpf_map_type:BPF_MAP_TYPE_XSKMAP kernel:4.18 gate:CONFIG_NET,CONFIG_XDP_SOCKETS
attach-type BPF_CGROUP_DEVICE btf-enum:bpf_attach_type:BPF_CGROUP_DEVICE kernel:4.15
attach-type BPF_CGROUP_GETSOCKOPT btf-enum:bpf_attach_type:BPF_CGROUP_GETSOCKOPT kernel:5.3
attach-type BPF_CGROUP_INET4_BIND btf-enum:bpf_attach_type:BPF_CGROUP_INET4_BIND kernel:4.17
attach-type BPF_CGROUP_INET4_CONNECT btf-enum:bpf_attach_type:BPF_CGROUP_INET4_CONNECT kernel:4.17
attach-type BPF_CGROUP_INET4_GETPEERNAME btf-enum:bpf_attach_type:BPF_CGROUP_INET4_GETPEERNAME kernel:5.8
attach-type BPF_CGROUP_INET4_GETSOCKNAME btf-enum:bpf_attach_type:BPF_CGROUP_INET4_GETSOCKNAME kernel:5.8
attach-type BPF_CGROUP_INET4_POST_BIND btf-enum:bpf_attach_type:BPF_CGROUP_INET4_POST_BIND kernel:4.17
attach-type BPF_CGROUP_INET6_BIND btf-enum:bpf_attach_type:BPF_CGROUP_INET6_BIND kernel:4.17
attach-type BPF_CGROUP_INET6_CONNECT btf-enum:bpf_attach_type:BPF_CGROUP_INET6_CONNECT kernel:4.17
attach-type BPF_CGROUP_INET6_GETPEERNAME btf-enum:bpf_attach_type:BPF_CGROUP_INET6_GETPEERNAME kernel:5.8
attach-type BPF_CGROUP_INET6_GETSOCKNAME btf-enum:bpf_attach_type:BPF_CGROUP_INET6_GETSOCKNAME kernel:5.8
attach-type BPF_CGROUP_INET6_POST_BIND btf-enum:bpf_attach_type:BPF_CGROUP_INET6_POST_BIND kernel:4.17
attach-type BPF_CGROUP_INET_EGRESS btf-enum:bpf_attach_type:BPF_CGROUP_INET_EGRESS kernel:4.10
attach-type BPF_CGROUP_INET_INGRESS btf-enum:bpf_attach_type:BPF_CGROUP_INET_INGRESS kernel:4.10
attach-type BPF_CGROUP_INET_SOCK_CREATE btf-enum:bpf_attach_type:BPF_CGROUP_INET_SOCK_CREATE kernel:4.10
attach-type BPF_CGROUP_INET_SOCK_RELEASE btf-enum:bpf_attach_type:BPF_CGROUP_INET_SOCK_RELEASE kernel:5.9
attach-type BPF_CGROUP_SETSOCKOPT btf-enum:bpf_attach_type:BPF_CGROUP_SETSOCKOPT kernel:5.3
attach-type BPF_CGROUP_SOCK_OPS btf-enum:bpf_attach_type:BPF_CGROUP_SOCK_OPS kernel:4.13
attach-type BPF_CGROUP_SYSCTL btf-enum:bpf_attach_type:BPF_CGROUP_SYSCTL kernel:5.2
attach-type BPF_CGROUP_UDP4_RECVMSG btf-enum:bpf_attach_type:BPF_CGROUP_UDP4_RECVMSG kernel:5.2
attach-type BPF_CGROUP_UDP4_SENDMSG btf-enum:bpf_attach_type:BPF_CGROUP_UDP4_SENDMSG kernel:4.18
attach-type BPF_CGROUP_UDP6_RECVMSG btf-enum:bpf_attach_type:BPF_CGROUP_UDP6_RECVMSG kernel:5.2
attach-type BPF_CGROUP_UDP6_SENDMSG btf-enum:bpf_attach_type:BPF_CGROUP_UDP6_SENDMSG kernel:4.18
attach-type BPF_FLOW_DISSECTOR btf-enum:bpf_attach_type:BPF_FLOW_DISSECTOR kernel:4.20
attach-type BPF_LIRC_MODE2 btf-enum:bpf_attach_type:BPF_LIRC_MODE2 kernel:4.18
attach-type BPF_LSM_CGROUP btf-enum:bpf_attach_type:BPF_LSM_CGROUP kernel:6.0
attach-type BPF_LSM_MAC btf-enum:bpf_attach_type:BPF_LSM_MAC kernel:5.7
attach-type BPF_MODIFY_RETURN btf-enum:bpf_attach_type:BPF_MODIFY_RETURN kernel:5.7
attach-type BPF_NETKIT_PEER btf-enum:bpf_attach_type:BPF_NETKIT_PEER kernel:6.7
attach-type BPF_NETKIT_PRIMARY btf-enum:bpf_attach_type:BPF_NETKIT_PRIMARY kernel:6.7
attach-type BPF_PERF_EVENT btf-enum:bpf_attach_type:BPF_PERF_EVENT kernel:5.15
attach-type BPF_SK_LOOKUP btf-enum:bpf_attach_type:BPF_SK_LOOKUP kernel:5.9
attach-type BPF_SK_MSG_VERDICT btf-enum:bpf_attach_type:BPF_SK_MSG_VERDICT kernel:4.17
attach-type BPF_SK_REUSEPORT_SELECT btf-enum:bpf_attach_type:BPF_SK_REUSEPORT_SELECT kernel:5.14
attach-type BPF_SK_REUSEPORT_SELECT_OR_MIGRATE btf-enum:bpf_attach_type:BPF_SK_REUSEPORT_SELECT_OR_MIGRATE kernel:5.14
attach-type BPF_SK_SKB_STREAM_PARSER btf-enum:bpf_attach_type:BPF_SK_SKB_STREAM_PARSER kernel:4.14
attach-type BPF_SK_SKB_STREAM_VERDICT btf-enum:bpf_attach_type:BPF_SK_SKB_STREAM_VERDICT kernel:4.14
attach-type BPF_SK_SKB_VERDICT btf-enum:bpf_attach_type:BPF_SK_SKB_VERDICT kernel:5.13
attach-type BPF_TCX_EGRESS btf-enum:bpf_attach_type:BPF_TCX_EGRESS kernel:6.6
attach-type BPF_TCX_INGRESS btf-enum:bpf_attach_type:BPF_TCX_INGRESS kernel:6.6
attach-type BPF_TRACE_FENTRY btf-enum:bpf_attach_type:BPF_TRACE_FENTRY kernel:5.5
attach-type BPF_TRACE_FEXIT btf-enum:bpf_attach_type:BPF_TRACE_FEXIT kernel:5.5
attach-type BPF_TRACE_ITER btf-enum:bpf_attach_type:BPF_TRACE_ITER kernel:5.8
attach-type BPF_TRACE_KPROBE_MULTI btf-enum:bpf_attach_type:BPF_TRACE_KPROBE_MULTI kernel:5.18
attach-type BPF_TRACE_KPROBE_SESSION btf-enum:bpf_attach_type:BPF_TRACE_KPROBE_SESSION kernel:6.10
attach-type BPF_TRACE_RAW_TP btf-enum:bpf_attach_type:BPF_TRACE_RAW_TP kernel:5.5
attach-type BPF_XDP btf-enum:bpf_attach_type:BPF_XDP kernel:5.9
attach-type BPF_XDP_CPUMAP btf-enum:bpf_attach_type:BPF_XDP_CPUMAP kernel:5.9
attach-type BPF_XDP_DEVMAP btf-enum:bpf_attach_type:BPF_XDP_DEVMAP kernel:5.8
kfunc __bpf_trap btf-kfunc:__bpf_trap kernel:6.16
kfunc __scx_bpf_dsq_insert_vtime btf-kfunc:__scx_bpf_dsq_insert_vtime kernel:6.19
kfunc __scx_bpf_select_cpu_and btf-kfunc:__scx_bpf_select_cpu_and kernel:6.19
kfunc bbr_cwnd_event btf-kfunc:bbr_cwnd_event kernel:5.13
kfunc bbr_cwnd_event_tx_start btf-kfunc:bbr_cwnd_event_tx_start kernel:7.1
kfunc bbr_init btf-kfunc:bbr_init kernel:5.13
kfunc bbr_main btf-kfunc:bbr_main kernel:5.13
kfunc bbr_min_tso_segs btf-kfunc:bbr_min_tso_segs kernel:5.13
kfunc bbr_set_state btf-kfunc:bbr_set_state kernel:5.13
kfunc bbr_sndbuf_expand btf-kfunc:bbr_sndbuf_expand kernel:5.13
kfunc bbr_ssthresh btf-kfunc:bbr_ssthresh kernel:5.13
kfunc bbr_undo_cwnd btf-kfunc:bbr_undo_cwnd kernel:5.13
kfunc bpf_arena_alloc_pages btf-kfunc:bpf_arena_alloc_pages kernel:6.9
kfunc bpf_arena_free_pages btf-kfunc:bpf_arena_free_pages kernel:6.9
kfunc bpf_arena_reserve_pages btf-kfunc:bpf_arena_reserve_pages kernel:6.17
kfunc bpf_cast_to_kern_ctx btf-kfunc:bpf_cast_to_kern_ctx kernel:6.2
kfunc bpf_cgroup_acquire btf-kfunc:bpf_cgroup_acquire kernel:6.2
kfunc bpf_cgroup_ancestor btf-kfunc:bpf_cgroup_ancestor kernel:6.2
kfunc bpf_cgroup_from_id btf-kfunc:bpf_cgroup_from_id kernel:6.4
kfunc bpf_cgroup_read_xattr btf-kfunc:bpf_cgroup_read_xattr kernel:6.17
kfunc bpf_cgroup_release btf-kfunc:bpf_cgroup_release kernel:6.2
kfunc bpf_copy_from_user_dynptr btf-kfunc:bpf_copy_from_user_dynptr kernel:6.16
kfunc bpf_copy_from_user_str btf-kfunc:bpf_copy_from_user_str kernel:6.12
kfunc bpf_copy_from_user_str_dynptr btf-kfunc:bpf_copy_from_user_str_dynptr kernel:6.16
kfunc bpf_copy_from_user_task_dynptr btf-kfunc:bpf_copy_from_user_task_dynptr kernel:6.16
kfunc bpf_copy_from_user_task_str btf-kfunc:bpf_copy_from_user_task_str kernel:6.15
kfunc bpf_copy_from_user_task_str_dynptr btf-kfunc:bpf_copy_from_user_task_str_dynptr kernel:6.16
kfunc bpf_cpumask_acquire btf-kfunc:bpf_cpumask_acquire kernel:6.3
kfunc bpf_cpumask_and btf-kfunc:bpf_cpumask_and kernel:6.3
kfunc bpf_cpumask_any_and_distribute btf-kfunc:bpf_cpumask_any_and_distribute kernel:6.5
kfunc bpf_cpumask_any_distribute btf-kfunc:bpf_cpumask_any_distribute kernel:6.5
kfunc bpf_cpumask_clear btf-kfunc:bpf_cpumask_clear kernel:6.3
kfunc bpf_cpumask_clear_cpu btf-kfunc:bpf_cpumask_clear_cpu kernel:6.3
kfunc bpf_cpumask_copy btf-kfunc:bpf_cpumask_copy kernel:6.3
kfunc bpf_cpumask_create btf-kfunc:bpf_cpumask_create kernel:6.3
kfunc bpf_cpumask_empty btf-kfunc:bpf_cpumask_empty kernel:6.3
kfunc bpf_cpumask_equal btf-kfunc:bpf_cpumask_equal kernel:6.3
kfunc bpf_cpumask_first btf-kfunc:bpf_cpumask_first kernel:6.3
kfunc bpf_cpumask_first_and btf-kfunc:bpf_cpumask_first_and kernel:6.5
kfunc bpf_cpumask_first_zero btf-kfunc:bpf_cpumask_first_zero kernel:6.3
kfunc bpf_cpumask_full btf-kfunc:bpf_cpumask_full kernel:6.3
kfunc bpf_cpumask_intersects btf-kfunc:bpf_cpumask_intersects kernel:6.3
kfunc bpf_cpumask_or btf-kfunc:bpf_cpumask_or kernel:6.3
kfunc bpf_cpumask_populate btf-kfunc:bpf_cpumask_populate kernel:6.15
kfunc bpf_cpumask_release btf-kfunc:bpf_cpumask_release kernel:6.3
kfunc bpf_cpumask_set_cpu btf-kfunc:bpf_cpumask_set_cpu kernel:6.3
kfunc bpf_cpumask_setall btf-kfunc:bpf_cpumask_setall kernel:6.3
kfunc bpf_cpumask_subset btf-kfunc:bpf_cpumask_subset kernel:6.3
kfunc bpf_cpumask_test_and_clear_cpu btf-kfunc:bpf_cpumask_test_and_clear_cpu kernel:6.3
kfunc bpf_cpumask_test_and_set_cpu btf-kfunc:bpf_cpumask_test_and_set_cpu kernel:6.3
kfunc bpf_cpumask_test_cpu btf-kfunc:bpf_cpumask_test_cpu kernel:6.3
kfunc bpf_cpumask_weight btf-kfunc:bpf_cpumask_weight kernel:6.8
kfunc bpf_cpumask_xor btf-kfunc:bpf_cpumask_xor kernel:6.3
kfunc bpf_crypto_ctx_acquire btf-kfunc:bpf_crypto_ctx_acquire kernel:6.10
kfunc bpf_crypto_ctx_create btf-kfunc:bpf_crypto_ctx_create kernel:6.10
kfunc bpf_crypto_ctx_release btf-kfunc:bpf_crypto_ctx_release kernel:6.10
kfunc bpf_crypto_decrypt btf-kfunc:bpf_crypto_decrypt kernel:6.10
kfunc bpf_crypto_encrypt btf-kfunc:bpf_crypto_encrypt kernel:6.10
kfunc bpf_ct_change_status btf-kfunc:bpf_ct_change_status kernel:6.0
kfunc bpf_ct_change_timeout btf-kfunc:bpf_ct_change_timeout kernel:6.0
kfunc bpf_ct_insert_entry btf-kfunc:bpf_ct_insert_entry kernel:6.0
kfunc bpf_ct_release btf-kfunc:bpf_ct_release kernel:5.18
kfunc bpf_ct_set_nat_info btf-kfunc:bpf_ct_set_nat_info kernel:6.1
kfunc bpf_ct_set_status btf-kfunc:bpf_ct_set_status kernel:6.0
kfunc bpf_ct_set_timeout btf-kfunc:bpf_ct_set_timeout kernel:6.0
kfunc bpf_dynptr_adjust btf-kfunc:bpf_dynptr_adjust kernel:6.5
kfunc bpf_dynptr_clone btf-kfunc:bpf_dynptr_clone kernel:6.5
kfunc bpf_dynptr_copy btf-kfunc:bpf_dynptr_copy kernel:6.15
kfunc bpf_dynptr_file_discard btf-kfunc:bpf_dynptr_file_discard kernel:6.19
kfunc bpf_dynptr_from_file btf-kfunc:bpf_dynptr_from_file kernel:6.19
kfunc bpf_dynptr_from_skb btf-kfunc:bpf_dynptr_from_skb kernel:6.4
kfunc bpf_dynptr_from_skb_meta btf-kfunc:bpf_dynptr_from_skb_meta kernel:6.18
kfunc bpf_dynptr_from_xdp btf-kfunc:bpf_dynptr_from_xdp kernel:6.4
kfunc bpf_dynptr_is_null btf-kfunc:bpf_dynptr_is_null kernel:6.5
kfunc bpf_dynptr_is_rdonly btf-kfunc:bpf_dynptr_is_rdonly kernel:5.19
kfunc bpf_dynptr_memset btf-kfunc:bpf_dynptr_memset kernel:6.17
kfunc bpf_dynptr_size btf-kfunc:bpf_dynptr_size kernel:6.5
kfunc bpf_dynptr_slice btf-kfunc:bpf_dynptr_slice kernel:6.4
kfunc bpf_dynptr_slice_rdwr btf-kfunc:bpf_dynptr_slice_rdwr kernel:6.4
kfunc bpf_get_dentry_xattr btf-kfunc:bpf_get_dentry_xattr kernel:6.12
kfunc bpf_get_file_xattr btf-kfunc:bpf_get_file_xattr kernel:6.8
kfunc bpf_get_fsverity_digest btf-kfunc:bpf_get_fsverity_digest kernel:6.8
kfunc bpf_get_kmem_cache btf-kfunc:bpf_get_kmem_cache kernel:6.13
kfunc bpf_get_task_exe_file btf-kfunc:bpf_get_task_exe_file kernel:6.12
kfunc bpf_io_uring_get_region btf-kfunc:bpf_io_uring_get_region kernel:7.1
kfunc bpf_io_uring_submit_sqes btf-kfunc:bpf_io_uring_submit_sqes kernel:7.1
kfunc bpf_iter_bits_destroy btf-kfunc:bpf_iter_bits_destroy kernel:6.11
kfunc bpf_iter_bits_new btf-kfunc:bpf_iter_bits_new kernel:6.11
kfunc bpf_iter_bits_next btf-kfunc:bpf_iter_bits_next kernel:6.11
kfunc bpf_iter_css_destroy btf-kfunc:bpf_iter_css_destroy kernel:6.7
kfunc bpf_iter_css_new btf-kfunc:bpf_iter_css_new kernel:6.7
kfunc bpf_iter_css_next btf-kfunc:bpf_iter_css_next kernel:6.7
kfunc bpf_iter_css_task_destroy btf-kfunc:bpf_iter_css_task_destroy kernel:6.7
kfunc bpf_iter_css_task_new btf-kfunc:bpf_iter_css_task_new kernel:6.7
kfunc bpf_iter_css_task_next btf-kfunc:bpf_iter_css_task_next kernel:6.7
kfunc bpf_iter_dmabuf_destroy btf-kfunc:bpf_iter_dmabuf_destroy kernel:6.16
kfunc bpf_iter_dmabuf_new btf-kfunc:bpf_iter_dmabuf_new kernel:6.16
kfunc bpf_iter_dmabuf_next btf-kfunc:bpf_iter_dmabuf_next kernel:6.16
kfunc bpf_iter_kmem_cache_destroy btf-kfunc:bpf_iter_kmem_cache_destroy kernel:6.13
kfunc bpf_iter_kmem_cache_new btf-kfunc:bpf_iter_kmem_cache_new kernel:6.13
kfunc bpf_iter_kmem_cache_next btf-kfunc:bpf_iter_kmem_cache_next kernel:6.13
kfunc bpf_iter_num_destroy btf-kfunc:bpf_iter_num_destroy kernel:6.4
kfunc bpf_iter_num_new btf-kfunc:bpf_iter_num_new kernel:6.4
kfunc bpf_iter_num_next btf-kfunc:bpf_iter_num_next kernel:6.4
kfunc bpf_iter_scx_dsq_destroy btf-kfunc:bpf_iter_scx_dsq_destroy kernel:6.12
kfunc bpf_iter_scx_dsq_new btf-kfunc:bpf_iter_scx_dsq_new kernel:6.12
kfunc bpf_iter_scx_dsq_next btf-kfunc:bpf_iter_scx_dsq_next kernel:6.12
kfunc bpf_iter_task_destroy btf-kfunc:bpf_iter_task_destroy kernel:6.7
kfunc bpf_iter_task_new btf-kfunc:bpf_iter_task_new kernel:6.7
kfunc bpf_iter_task_next btf-kfunc:bpf_iter_task_next kernel:6.7
kfunc bpf_iter_task_vma_destroy btf-kfunc:bpf_iter_task_vma_destroy kernel:6.7
kfunc bpf_iter_task_vma_new btf-kfunc:bpf_iter_task_vma_new kernel:6.7
kfunc bpf_iter_task_vma_next btf-kfunc:bpf_iter_task_vma_next kernel:6.7
kfunc bpf_key_put btf-kfunc:bpf_key_put kernel:6.1
kfunc bpf_kfree_skb btf-kfunc:bpf_kfree_skb kernel:6.16
kfunc bpf_list_back btf-kfunc:bpf_list_back kernel:6.16
kfunc bpf_list_front btf-kfunc:bpf_list_front kernel:6.16
kfunc bpf_list_pop_back btf-kfunc:bpf_list_pop_back kernel:6.2
kfunc bpf_list_pop_front btf-kfunc:bpf_list_pop_front kernel:6.2
kfunc bpf_list_push_back btf-kfunc:bpf_list_push_back kernel:7.1
kfunc bpf_list_push_back_impl btf-kfunc:bpf_list_push_back_impl kernel:6.4
kfunc bpf_list_push_front btf-kfunc:bpf_list_push_front kernel:7.1
kfunc bpf_list_push_front_impl btf-kfunc:bpf_list_push_front_impl kernel:6.4
kfunc bpf_local_irq_restore btf-kfunc:bpf_local_irq_restore kernel:6.14
kfunc bpf_local_irq_save btf-kfunc:bpf_local_irq_save kernel:6.14
kfunc bpf_lookup_system_key btf-kfunc:bpf_lookup_system_key kernel:6.1
kfunc bpf_lookup_user_key btf-kfunc:bpf_lookup_user_key kernel:6.1
kfunc bpf_map_sum_elem_count btf-kfunc:bpf_map_sum_elem_count kernel:6.6
kfunc bpf_obj_drop btf-kfunc:bpf_obj_drop kernel:7.1
kfunc bpf_obj_drop_impl btf-kfunc:bpf_obj_drop_impl kernel:6.2
kfunc bpf_obj_new btf-kfunc:bpf_obj_new kernel:7.1
kfunc bpf_obj_new_impl btf-kfunc:bpf_obj_new_impl kernel:6.2
kfunc bpf_path_d_path btf-kfunc:bpf_path_d_path kernel:6.12
kfunc bpf_percpu_obj_drop btf-kfunc:bpf_percpu_obj_drop kernel:7.1
kfunc bpf_percpu_obj_drop_impl btf-kfunc:bpf_percpu_obj_drop_impl kernel:6.7
kfunc bpf_percpu_obj_new btf-kfunc:bpf_percpu_obj_new kernel:7.1
kfunc bpf_percpu_obj_new_impl btf-kfunc:bpf_percpu_obj_new_impl kernel:6.7
kfunc bpf_preempt_disable btf-kfunc:bpf_preempt_disable kernel:6.10
kfunc bpf_preempt_enable btf-kfunc:bpf_preempt_enable kernel:6.10
kfunc bpf_probe_read_kernel_dynptr btf-kfunc:bpf_probe_read_kernel_dynptr kernel:6.16
kfunc bpf_probe_read_kernel_str_dynptr btf-kfunc:bpf_probe_read_kernel_str_dynptr kernel:6.16
kfunc bpf_probe_read_user_dynptr btf-kfunc:bpf_probe_read_user_dynptr kernel:6.16
kfunc bpf_probe_read_user_str_dynptr btf-kfunc:bpf_probe_read_user_str_dynptr kernel:6.16
kfunc bpf_put_file btf-kfunc:bpf_put_file kernel:6.12
kfunc bpf_qdisc_bstats_update btf-kfunc:bpf_qdisc_bstats_update kernel:6.16
kfunc bpf_qdisc_init_prologue btf-kfunc:bpf_qdisc_init_prologue kernel:6.16
kfunc bpf_qdisc_reset_destroy_epilogue btf-kfunc:bpf_qdisc_reset_destroy_epilogue kernel:6.16
kfunc bpf_qdisc_skb_drop btf-kfunc:bpf_qdisc_skb_drop kernel:6.16
kfunc bpf_qdisc_watchdog_schedule btf-kfunc:bpf_qdisc_watchdog_schedule kernel:6.16
kfunc bpf_rbtree_add btf-kfunc:bpf_rbtree_add kernel:7.1
kfunc bpf_rbtree_add_impl btf-kfunc:bpf_rbtree_add_impl kernel:6.4
kfunc bpf_rbtree_first btf-kfunc:bpf_rbtree_first kernel:6.3
kfunc bpf_rbtree_left btf-kfunc:bpf_rbtree_left kernel:6.16
kfunc bpf_rbtree_remove btf-kfunc:bpf_rbtree_remove kernel:6.3
kfunc bpf_rbtree_right btf-kfunc:bpf_rbtree_right kernel:6.16
kfunc bpf_rbtree_root btf-kfunc:bpf_rbtree_root kernel:6.16
kfunc bpf_rcu_read_lock btf-kfunc:bpf_rcu_read_lock kernel:6.2
kfunc bpf_rcu_read_unlock btf-kfunc:bpf_rcu_read_unlock kernel:6.2
kfunc bpf_rdonly_cast btf-kfunc:bpf_rdonly_cast kernel:6.2
kfunc bpf_refcount_acquire btf-kfunc:bpf_refcount_acquire kernel:7.1
kfunc bpf_refcount_acquire_impl btf-kfunc:bpf_refcount_acquire_impl kernel:6.4
kfunc bpf_remove_dentry_xattr btf-kfunc:bpf_remove_dentry_xattr kernel:6.15
kfunc bpf_res_spin_lock btf-kfunc:bpf_res_spin_lock kernel:6.15
kfunc bpf_res_spin_lock_irqsave btf-kfunc:bpf_res_spin_lock_irqsave kernel:6.15
kfunc bpf_res_spin_unlock btf-kfunc:bpf_res_spin_unlock kernel:6.15
kfunc bpf_res_spin_unlock_irqrestore btf-kfunc:bpf_res_spin_unlock_irqrestore kernel:6.15
kfunc bpf_send_signal_task btf-kfunc:bpf_send_signal_task kernel:6.13
kfunc bpf_session_cookie btf-kfunc:bpf_session_cookie kernel:6.10
kfunc bpf_session_is_return btf-kfunc:bpf_session_is_return kernel:6.10
kfunc bpf_set_dentry_xattr btf-kfunc:bpf_set_dentry_xattr kernel:6.15
kfunc bpf_sk_assign_tcp_reqsk btf-kfunc:bpf_sk_assign_tcp_reqsk kernel:6.11
kfunc bpf_skb_ct_alloc btf-kfunc:bpf_skb_ct_alloc kernel:6.0
kfunc bpf_skb_ct_lookup btf-kfunc:bpf_skb_ct_lookup kernel:5.18
kfunc bpf_skb_get_fou_encap btf-kfunc:bpf_skb_get_fou_encap kernel:6.4
kfunc bpf_skb_get_hash btf-kfunc:bpf_skb_get_hash kernel:6.16
kfunc bpf_skb_get_xfrm_info btf-kfunc:bpf_skb_get_xfrm_info kernel:6.2
kfunc bpf_skb_set_fou_encap btf-kfunc:bpf_skb_set_fou_encap kernel:6.4
kfunc bpf_skb_set_xfrm_info btf-kfunc:bpf_skb_set_xfrm_info kernel:6.2
kfunc bpf_sock_addr_set_sun_path btf-kfunc:bpf_sock_addr_set_sun_path kernel:6.7
kfunc bpf_sock_destroy btf-kfunc:bpf_sock_destroy kernel:6.5
kfunc bpf_sock_ops_enable_tx_tstamp btf-kfunc:bpf_sock_ops_enable_tx_tstamp kernel:6.15
kfunc bpf_strcasecmp btf-kfunc:bpf_strcasecmp kernel:6.18
kfunc bpf_strcasestr btf-kfunc:bpf_strcasestr kernel:6.19
kfunc bpf_strchr btf-kfunc:bpf_strchr kernel:6.17
kfunc bpf_strchrnul btf-kfunc:bpf_strchrnul kernel:6.17
kfunc bpf_strcmp btf-kfunc:bpf_strcmp kernel:6.17
kfunc bpf_strcspn btf-kfunc:bpf_strcspn kernel:6.17
kfunc bpf_stream_print_stack btf-kfunc:bpf_stream_print_stack kernel:7.0
kfunc bpf_stream_vprintk btf-kfunc:bpf_stream_vprintk kernel:7.0
kfunc bpf_stream_vprintk_impl btf-kfunc:bpf_stream_vprintk_impl kernel:6.17
kfunc bpf_strlen btf-kfunc:bpf_strlen kernel:6.17
kfunc bpf_strncasecmp btf-kfunc:bpf_strncasecmp kernel:7.0
kfunc bpf_strncasestr btf-kfunc:bpf_strncasestr kernel:6.19
kfunc bpf_strnchr btf-kfunc:bpf_strnchr kernel:6.17
kfunc bpf_strnstr btf-kfunc:bpf_strnstr kernel:6.17
kfunc bpf_strrchr btf-kfunc:bpf_strrchr kernel:6.17
kfunc bpf_strspn btf-kfunc:bpf_strspn kernel:6.17
kfunc bpf_strstr btf-kfunc:bpf_strstr kernel:6.17
kfunc bpf_task_acquire btf-kfunc:bpf_task_acquire kernel:6.2
kfunc bpf_task_from_pid btf-kfunc:bpf_task_from_pid kernel:6.2
kfunc bpf_task_from_vpid btf-kfunc:bpf_task_from_vpid kernel:6.13
kfunc bpf_task_get_cgroup1 btf-kfunc:bpf_task_get_cgroup1 kernel:6.8
kfunc bpf_task_release btf-kfunc:bpf_task_release kernel:6.2
kfunc bpf_task_under_cgroup btf-kfunc:bpf_task_under_cgroup kernel:6.5
kfunc bpf_task_work_schedule_resume btf-kfunc:bpf_task_work_schedule_resume kernel:7.0
kfunc bpf_task_work_schedule_resume_impl btf-kfunc:bpf_task_work_schedule_resume_impl kernel:6.18
kfunc bpf_task_work_schedule_signal btf-kfunc:bpf_task_work_schedule_signal kernel:7.0
kfunc bpf_task_work_schedule_signal_impl btf-kfunc:bpf_task_work_schedule_signal_impl kernel:6.18
kfunc bpf_throw btf-kfunc:bpf_throw kernel:6.7
kfunc bpf_timer_cancel_async btf-kfunc:bpf_timer_cancel_async kernel:7.0
kfunc bpf_verify_pkcs7_signature btf-kfunc:bpf_verify_pkcs7_signature kernel:6.1
kfunc bpf_wq_init btf-kfunc:bpf_wq_init kernel:6.10
kfunc bpf_wq_set_callback btf-kfunc:bpf_wq_set_callback kernel:7.0
kfunc bpf_wq_set_callback_impl btf-kfunc:bpf_wq_set_callback_impl kernel:6.10
kfunc bpf_wq_start btf-kfunc:bpf_wq_start kernel:6.10
kfunc bpf_xdp_ct_alloc btf-kfunc:bpf_xdp_ct_alloc kernel:6.0
kfunc bpf_xdp_ct_lookup btf-kfunc:bpf_xdp_ct_lookup kernel:5.18
kfunc bpf_xdp_flow_lookup btf-kfunc:bpf_xdp_flow_lookup kernel:6.11
kfunc bpf_xdp_get_xfrm_state btf-kfunc:bpf_xdp_get_xfrm_state kernel:6.8
kfunc bpf_xdp_metadata_rx_hash btf-kfunc:bpf_xdp_metadata_rx_hash kernel:6.3
kfunc bpf_xdp_metadata_rx_timestamp btf-kfunc:bpf_xdp_metadata_rx_timestamp kernel:6.3
kfunc bpf_xdp_metadata_rx_vlan_tag btf-kfunc:bpf_xdp_metadata_rx_vlan_tag kernel:6.8
kfunc bpf_xdp_pull_data btf-kfunc:bpf_xdp_pull_data kernel:6.18
kfunc bpf_xdp_xfrm_state_release btf-kfunc:bpf_xdp_xfrm_state_release kernel:6.8
kfunc cgroup_rstat_flush btf-kfunc:cgroup_rstat_flush kernel:6.1
kfunc cgroup_rstat_updated btf-kfunc:cgroup_rstat_updated kernel:6.1
kfunc crash_kexec btf-kfunc:crash_kexec kernel:6.1
kfunc css_rstat_flush btf-kfunc:css_rstat_flush kernel:6.16
kfunc css_rstat_updated btf-kfunc:css_rstat_updated kernel:6.16
kfunc cubictcp_acked btf-kfunc:cubictcp_acked kernel:5.13
kfunc cubictcp_cong_avoid btf-kfunc:cubictcp_cong_avoid kernel:5.13
kfunc cubictcp_cwnd_event btf-kfunc:cubictcp_cwnd_event kernel:5.13
kfunc cubictcp_cwnd_event_tx_start btf-kfunc:cubictcp_cwnd_event_tx_start kernel:7.1
kfunc cubictcp_init btf-kfunc:cubictcp_init kernel:5.13
kfunc cubictcp_recalc_ssthresh btf-kfunc:cubictcp_recalc_ssthresh kernel:5.13
kfunc cubictcp_state btf-kfunc:cubictcp_state kernel:5.13
kfunc dctcp_cwnd_event btf-kfunc:dctcp_cwnd_event kernel:5.13
kfunc dctcp_cwnd_event_tx_start btf-kfunc:dctcp_cwnd_event_tx_start kernel:7.1
kfunc dctcp_cwnd_undo btf-kfunc:dctcp_cwnd_undo kernel:5.13
kfunc dctcp_init btf-kfunc:dctcp_init kernel:5.13
kfunc dctcp_ssthresh btf-kfunc:dctcp_ssthresh kernel:5.13
kfunc dctcp_state btf-kfunc:dctcp_state kernel:5.13
kfunc dctcp_update_alpha btf-kfunc:dctcp_update_alpha kernel:5.13
kfunc hid_bpf_allocate_context btf-kfunc:hid_bpf_allocate_context kernel:6.3
kfunc hid_bpf_attach_prog btf-kfunc:hid_bpf_attach_prog kernel:6.3
kfunc hid_bpf_get_data btf-kfunc:hid_bpf_get_data kernel:6.3
kfunc hid_bpf_hw_output_report btf-kfunc:hid_bpf_hw_output_report kernel:6.10
kfunc hid_bpf_hw_request btf-kfunc:hid_bpf_hw_request kernel:6.3
kfunc hid_bpf_input_report btf-kfunc:hid_bpf_input_report kernel:6.10
kfunc hid_bpf_release_context btf-kfunc:hid_bpf_release_context kernel:6.3
kfunc hid_bpf_try_input_report btf-kfunc:hid_bpf_try_input_report kernel:6.11
kfunc scx_bpf_consume btf-kfunc:scx_bpf_consume kernel:6.12
kfunc scx_bpf_cpu_curr btf-kfunc:scx_bpf_cpu_curr kernel:6.18
kfunc scx_bpf_cpu_node btf-kfunc:scx_bpf_cpu_node kernel:6.15
kfunc scx_bpf_cpu_rq btf-kfunc:scx_bpf_cpu_rq kernel:6.12
kfunc scx_bpf_cpuperf_cap btf-kfunc:scx_bpf_cpuperf_cap kernel:6.12
kfunc scx_bpf_cpuperf_cur btf-kfunc:scx_bpf_cpuperf_cur kernel:6.12
kfunc scx_bpf_cpuperf_set btf-kfunc:scx_bpf_cpuperf_set kernel:6.12
kfunc scx_bpf_create_dsq btf-kfunc:scx_bpf_create_dsq kernel:6.12
kfunc scx_bpf_destroy_dsq btf-kfunc:scx_bpf_destroy_dsq kernel:6.12
kfunc scx_bpf_dispatch btf-kfunc:scx_bpf_dispatch kernel:6.12
kfunc scx_bpf_dispatch_cancel btf-kfunc:scx_bpf_dispatch_cancel kernel:6.12
kfunc scx_bpf_dispatch_from_dsq btf-kfunc:scx_bpf_dispatch_from_dsq kernel:6.12
kfunc scx_bpf_dispatch_from_dsq_set_slice btf-kfunc:scx_bpf_dispatch_from_dsq_set_slice kernel:6.12
kfunc scx_bpf_dispatch_from_dsq_set_vtime btf-kfunc:scx_bpf_dispatch_from_dsq_set_vtime kernel:6.12
kfunc scx_bpf_dispatch_nr_slots btf-kfunc:scx_bpf_dispatch_nr_slots kernel:6.12
kfunc scx_bpf_dispatch_vtime btf-kfunc:scx_bpf_dispatch_vtime kernel:6.12
kfunc scx_bpf_dispatch_vtime_from_dsq btf-kfunc:scx_bpf_dispatch_vtime_from_dsq kernel:6.12
kfunc scx_bpf_dsq_insert btf-kfunc:scx_bpf_dsq_insert kernel:6.13
kfunc scx_bpf_dsq_insert___v2 btf-kfunc:scx_bpf_dsq_insert___v2 kernel:6.19
kfunc scx_bpf_dsq_insert_vtime btf-kfunc:scx_bpf_dsq_insert_vtime kernel:6.13
kfunc scx_bpf_dsq_move btf-kfunc:scx_bpf_dsq_move kernel:6.13
kfunc scx_bpf_dsq_move_set_slice btf-kfunc:scx_bpf_dsq_move_set_slice kernel:6.13
kfunc scx_bpf_dsq_move_set_vtime btf-kfunc:scx_bpf_dsq_move_set_vtime kernel:6.13
kfunc scx_bpf_dsq_move_to_local btf-kfunc:scx_bpf_dsq_move_to_local kernel:6.13
kfunc scx_bpf_dsq_move_to_local___v2 btf-kfunc:scx_bpf_dsq_move_to_local___v2 kernel:7.1
kfunc scx_bpf_dsq_move_vtime btf-kfunc:scx_bpf_dsq_move_vtime kernel:6.13
kfunc scx_bpf_dsq_nr_queued btf-kfunc:scx_bpf_dsq_nr_queued kernel:6.12
kfunc scx_bpf_dsq_peek btf-kfunc:scx_bpf_dsq_peek kernel:6.19
kfunc scx_bpf_dsq_reenq btf-kfunc:scx_bpf_dsq_reenq kernel:7.1
kfunc scx_bpf_dump_bstr btf-kfunc:scx_bpf_dump_bstr kernel:6.12
kfunc scx_bpf_error_bstr btf-kfunc:scx_bpf_error_bstr kernel:6.12
kfunc scx_bpf_events btf-kfunc:scx_bpf_events kernel:6.15
kfunc scx_bpf_exit_bstr btf-kfunc:scx_bpf_exit_bstr kernel:6.12
kfunc scx_bpf_get_idle_cpumask btf-kfunc:scx_bpf_get_idle_cpumask kernel:6.12
kfunc scx_bpf_get_idle_cpumask_node btf-kfunc:scx_bpf_get_idle_cpumask_node kernel:6.15
kfunc scx_bpf_get_idle_smtmask btf-kfunc:scx_bpf_get_idle_smtmask kernel:6.12
kfunc scx_bpf_get_idle_smtmask_node btf-kfunc:scx_bpf_get_idle_smtmask_node kernel:6.15
kfunc scx_bpf_get_online_cpumask btf-kfunc:scx_bpf_get_online_cpumask kernel:6.12
kfunc scx_bpf_get_possible_cpumask btf-kfunc:scx_bpf_get_possible_cpumask kernel:6.12
kfunc scx_bpf_kick_cpu btf-kfunc:scx_bpf_kick_cpu kernel:6.12
kfunc scx_bpf_locked_rq btf-kfunc:scx_bpf_locked_rq kernel:6.18
kfunc scx_bpf_now btf-kfunc:scx_bpf_now kernel:6.14
kfunc scx_bpf_nr_cpu_ids btf-kfunc:scx_bpf_nr_cpu_ids kernel:6.12
kfunc scx_bpf_nr_node_ids btf-kfunc:scx_bpf_nr_node_ids kernel:6.15
kfunc scx_bpf_pick_any_cpu btf-kfunc:scx_bpf_pick_any_cpu kernel:6.12
kfunc scx_bpf_pick_any_cpu_node btf-kfunc:scx_bpf_pick_any_cpu_node kernel:6.15
kfunc scx_bpf_pick_idle_cpu btf-kfunc:scx_bpf_pick_idle_cpu kernel:6.12
kfunc scx_bpf_pick_idle_cpu_node btf-kfunc:scx_bpf_pick_idle_cpu_node kernel:6.15
kfunc scx_bpf_put_cpumask btf-kfunc:scx_bpf_put_cpumask kernel:6.12
kfunc scx_bpf_put_idle_cpumask btf-kfunc:scx_bpf_put_idle_cpumask kernel:6.12
kfunc scx_bpf_reenqueue_local btf-kfunc:scx_bpf_reenqueue_local kernel:6.12
kfunc scx_bpf_reenqueue_local___v2 btf-kfunc:scx_bpf_reenqueue_local___v2 kernel:6.19
kfunc scx_bpf_select_cpu_and btf-kfunc:scx_bpf_select_cpu_and kernel:6.16
kfunc scx_bpf_select_cpu_dfl btf-kfunc:scx_bpf_select_cpu_dfl kernel:6.12
kfunc scx_bpf_sub_dispatch btf-kfunc:scx_bpf_sub_dispatch kernel:7.1
kfunc scx_bpf_task_cgroup btf-kfunc:scx_bpf_task_cgroup kernel:6.12
kfunc scx_bpf_task_cpu btf-kfunc:scx_bpf_task_cpu kernel:6.12
kfunc scx_bpf_task_running btf-kfunc:scx_bpf_task_running kernel:6.12
kfunc scx_bpf_task_set_dsq_vtime btf-kfunc:scx_bpf_task_set_dsq_vtime kernel:6.19
kfunc scx_bpf_task_set_slice btf-kfunc:scx_bpf_task_set_slice kernel:6.19
kfunc scx_bpf_test_and_clear_cpu_idle btf-kfunc:scx_bpf_test_and_clear_cpu_idle kernel:6.12
kfunc tcp_cong_avoid_ai btf-kfunc:tcp_cong_avoid_ai kernel:5.13
kfunc tcp_reno_cong_avoid btf-kfunc:tcp_reno_cong_avoid kernel:5.13
kfunc tcp_reno_ssthresh btf-kfunc:tcp_reno_ssthresh kernel:5.13
kfunc tcp_reno_undo_cwnd btf-kfunc:tcp_reno_undo_cwnd kernel:5.13
kfunc tcp_slow_start btf-kfunc:tcp_slow_start kernel:5.13
'
# END GENERATED ITEM RULES

COLLECTOR_VERSION=1.0.0
SCHEMA_VERSION=1
LC_ALL=C
export LC_ALL
set -f
set -u
umask 077

usage_error() { printf 'collect-host-facts.sh: %s (see --help)\n' "$1" >&2; exit 2; }

FORMAT=json; KINDS=; KINDS_SET=; FACTS_FILE=
while [ $# -gt 0 ]; do
  case $1 in
  -h | --help)
    sed -n '2,28s/^# \{0,1\}//p' "$0" 2>/dev/null || echo 'usage: sh collect-host-facts.sh [--format json|prometheus] > out'
    exit 0
    ;;
  --format | --kinds | --facts)
    [ $# -ge 2 ] || usage_error "$1 needs a value"
    case $1 in --format) FORMAT=$2 ;; --kinds) KINDS=$2; KINDS_SET=1 ;; --facts) FACTS_FILE=$2 ;; esac
    shift 2
    ;;
  --format=*) FORMAT=${1#--format=}; shift ;;
  --kinds=*) KINDS=${1#--kinds=}; KINDS_SET=1; shift ;;
  --facts=*) FACTS_FILE=${1#--facts=}; shift ;;
  *) usage_error "unknown argument: $(printf '%.60s' "$1")" ;;
  esac
done
case $FORMAT in
json) [ -z "$KINDS_SET$FACTS_FILE" ] || usage_error '--kinds and --facts go with --format prometheus' ;;
prometheus) ;;
*) usage_error "--format $(printf '%.40s' "$FORMAT"): expected json or prometheus" ;;
esac

TAB=$(printf '\t')
SOH=$(printf '\001')

# ---------------------------------------------------------------------------------------------------
# JSON

# A JSON string literal of $1. Control characters other than tab and newline are dropped.
json_str() {
  case $1 in
  *[\\\"]* | *[![:print:]]*)
    printf '%s' "$1" | tr '\n' "$SOH" | tr -d '\000-\010\013-\037' |
      sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e "s/$TAB/\\\\t/g" -e "s/$SOH/\\\\n/g" -e 's/^/"/' -e 's/$/"/'
    ;;
  *) printf '"%s"' "$1" ;;
  esac
}

# A JSON array of strings: one per line of stdin (empty lines skipped).
json_lines() {
  tr -d '\000-\010\013-\037' | sed -e '/^$/d' -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e "s/$TAB/\\\\t/g" -e 's/^/"/' -e 's/$/"/' |
    { printf '['; sep=; while IFS= read -r line; do printf '%s%s' "$sep" "$line"; sep=,; done; printf ']'; }
}

# json_str into JS, without a subshell when $1 needs no escaping (most sources and values).
jstr() {
  case $1 in
  *[\\\"]* | *[![:print:]]*) JS=$(json_str "$1") ;;
  *) JS="\"$1\"" ;;
  esac
}

fact_ok() { # value-json source [reason]
  jstr "$2"; _source=$JS
  if [ $# -ge 3 ]; then
    jstr "$3"; printf '{"status":"ok","value":%s,"source":%s,"reason":%s}' "$1" "$_source" "$JS"
  else
    printf '{"status":"ok","value":%s,"source":%s}' "$1" "$_source"
  fi
}

fact_unknown() { # source reason
  jstr "$1"; _source=$JS; jstr "$2"
  printf '{"status":"unknown","value":null,"source":%s,"reason":%s}' "$_source" "$JS"
}

trim() { # $1 → TRIMMED (spaces, tabs, CR, newlines at both ends)
  TRIMMED=$1
  while :; do
    case $TRIMMED in
    [[:space:]]*) TRIMMED=${TRIMMED#?} ;;
    *[[:space:]]) TRIMMED=${TRIMMED%?} ;;
    *) break ;;
    esac
  done
}

# ---------------------------------------------------------------------------------------------------
# Where the host is (resolveHostRoots: trimmed, normalized; HOST_PROC/SYS/ETC win over HOST_ROOT)

normalize_path() {
  trim "$1"
  NORMALIZED=$(printf '%s\n' "$TRIMMED" | sed -e 's#//*#/#g' -e 's#/\./#/#g' -e 's#^\./##' -e 's#/\.$#/#')
}

root_env() { # name → ROOT_VALUE ('' when unset or blank)
  eval "ROOT_VALUE=\${$1-}"
  if [ -n "$ROOT_VALUE" ]; then normalize_path "$ROOT_VALUE"; ROOT_VALUE=$NORMALIZED; fi
}

root_env HOST_ROOT; ROOT=${ROOT_VALUE:-/}
root_join() { case $ROOT in */) printf '%s%s' "$ROOT" "$1" ;; *) printf '%s/%s' "$ROOT" "$1" ;; esac; }
root_env HOST_PROC; PROC=${ROOT_VALUE:-$(root_join proc)}
root_env HOST_SYS; SYS=${ROOT_VALUE:-$(root_join sys)}
root_env HOST_ETC; ETC=${ROOT_VALUE:-$(root_join etc)}

# A host path (/proc/…, /sys/…, /etc/…, anything else under HOST_ROOT) → HP, where we read it.
hp() {
  case $1 in
  /proc | /proc/*) HP=${PROC%/}${1#/proc} ;;
  /sys | /sys/*) HP=${SYS%/}${1#/sys} ;;
  /etc | /etc/*) HP=${ETC%/}${1#/etc} ;;
  *) HP=${ROOT%/}$1 ;;
  esac
  [ -n "$HP" ] || HP=/
}

# ---------------------------------------------------------------------------------------------------
# Reading, with the probe's reasons: ENOENT, EACCES, ENOTDIR, refused non-regular files, size caps

errno_of() { # path → ERRNO, from what ls says about it
  msg=$(ls -dL -- "$1" 2>&1 >/dev/null)
  case $msg in
  '' | *'No such file'*) ERRNO=ENOENT ;;
  *'ermission denied'*) ERRNO=EACCES ;;
  *'Not a directory'*) ERRNO=ENOTDIR ;;
  *'Too many levels'*) ERRNO=ELOOP ;;
  *'not permitted'*) ERRNO=EPERM ;;
  *) ERRNO=${msg##*: } ;;
  esac
}

file_type() { # path → FTYPE: file, directory, fifo, chardev, blockdev, socket, other; or '' with ERRNO
  if [ -f "$1" ]; then FTYPE=file
  elif [ -d "$1" ]; then FTYPE=directory
  elif [ -p "$1" ]; then FTYPE=fifo
  elif [ -c "$1" ]; then FTYPE=chardev
  elif [ -b "$1" ]; then FTYPE=blockdev
  elif [ -S "$1" ]; then FTYPE=socket
  elif [ -e "$1" ]; then FTYPE=other
  else FTYPE=; errno_of "$1"
  fi
}

refusal() {
  case $1 in
  directory) REASON='refused: a directory, not a regular file' ;;
  fifo) REASON='refused: a FIFO, not a regular file' ;;
  chardev) REASON='refused: a character device, not a regular file' ;;
  blockdev) REASON='refused: a block device, not a regular file' ;;
  socket) REASON='refused: a socket, not a regular file' ;;
  *) REASON='refused: not a regular file' ;;
  esac
}

# Checks that host path $1 is a readable regular file: HP, FSIZE set; else REASON.
open_check() {
  hp "$1"
  file_type "$HP"
  if [ -z "$FTYPE" ]; then REASON=$ERRNO; return 1; fi
  if [ "$FTYPE" != file ]; then refusal "$FTYPE"; return 1; fi
  if ! msg=$(head -c 1 -- "$HP" 2>&1 >/dev/null); then
    case $msg in *'ermission denied'*) REASON=EACCES ;; *) REASON=${msg##*: } ;; esac
    [ -n "$REASON" ] || REASON='read failed'
    return 1
  fi
  return 0
}

# Reads host path $1 (at most $2 bytes) into TEXT; else REASON. Trailing newlines are dropped.
read_text() {
  hp "$1"
  file_type "$HP"
  if [ -z "$FTYPE" ]; then REASON=$ERRNO; return 1; fi
  if [ "$FTYPE" != file ]; then refusal "$FTYPE"; return 1; fi
  # One head reads it; only when that fails does open_check read again, to say why.
  if ! TEXT=$(head -c "$(($2 + 1))" -- "$HP" 2>/dev/null && echo x); then
    open_check "$1" || return 1
    TEXT=$(head -c "$(($2 + 1))" -- "$HP" 2>/dev/null; echo x)
  fi
  TEXT=${TEXT%x}
  if [ ${#TEXT} -gt "$2" ]; then REASON="too large: more than $2 bytes"; return 1; fi
  return 0
}

# A directory with at least one entry (how "not mounted" is told from "file missing").
populated() { hp "$1"; [ -d "$HP" ] && [ -n "$(ls -A -- "$HP" 2>/dev/null)" ]; }

SMALL=65536
CONFIG_MAX=2097152
MOUNTINFO_MAX=4194304
BTF_MAX=67108864

# ---------------------------------------------------------------------------------------------------
# Kernel release, architecture, distro

collect_release() {
  src=/proc/sys/kernel/osrelease
  RELEASE=
  if read_text $src $SMALL; then
    trim "$TEXT"
    if [ -n "$TRIMMED" ]; then RELEASE=$TRIMMED; jstr "$RELEASE"; F_RELEASE=$(fact_ok "$JS" $src); return; fi
    REASON=empty
  fi
  F_RELEASE=$(fact_unknown $src "$REASON")
}

collect_arch() {
  if read_text /proc/sys/kernel/arch $SMALL; then
    trim "$TEXT"
    if [ -n "$TRIMMED" ]; then jstr "$TRIMMED"; F_ARCH=$(fact_ok "$JS" /proc/sys/kernel/arch); return; fi
  fi
  # Older kernels have no kernel.arch sysctl; the machine this runs on is the host's.
  m=$(uname -m 2>/dev/null)
  if [ -n "$m" ]; then jstr "$m"; F_ARCH=$(fact_ok "$JS" 'uname -m'); else F_ARCH=$(fact_unknown 'uname -m' 'uname failed'); fi
}

# os-release in TEXT → DISTRO (JSON: id, versionId, prettyName, null when absent), or REASON. The last
# assignment of a key wins; "…" values lose their quotes and \-escapes ("\`$), '…' values their quotes.
parse_os_release() {
  DISTRO=$(printf '%s\n' "$TEXT" | awk '
    function trim(s) { sub(/^[[:space:]]+/, "", s); sub(/[[:space:]]+$/, "", s); return s }
    function value(k,   v, out, c, i) {
      if (!(k in V)) return "null"
      v = trim(V[k])
      if (length(v) >= 2 && v ~ /^".*"$/) {
        v = substr(v, 2, length(v) - 2); out = ""
        for (i = 1; i <= length(v); i++) {
          c = substr(v, i, 1)
          if (c == "\\" && index("\"\\`$", substr(v, i + 1, 1)) && i < length(v)) { c = substr(v, i + 1, 1); i++ }
          out = out c
        }
        v = out
      } else if (length(v) >= 2 && v ~ /^'"'"'.*'"'"'$/) v = substr(v, 2, length(v) - 2)
      return jstr(v)
    }
    function jstr(v,   out, c, i) {
      out = ""
      for (i = 1; i <= length(v); i++) {
        c = substr(v, i, 1)
        if (c == "\\" || c == "\"") out = out "\\" c
        else if (c == "\t") out = out "\\t"
        else if (!index(CTRL, c)) out = out c
      }
      return "\"" out "\""
    }
    BEGIN { CTRL = ""; for (i = 1; i < 32; i++) if (i != 9) CTRL = CTRL sprintf("%c", i) }
    { sub(/^[[:space:]]+/, "") }
    /^[A-Z][A-Z0-9_]*=/ { any = 1; V[substr($0, 1, index($0, "=") - 1)] = substr($0, index($0, "=") + 1) }
    END { if (any) printf "{\"id\":%s,\"versionId\":%s,\"prettyName\":%s}", value("ID"), value("VERSION_ID"), value("PRETTY_NAME") }')
  [ -n "$DISTRO" ] || { REASON='no KEY=value lines'; return 1; }
}

collect_distro() {
  if read_text /etc/os-release $SMALL && parse_os_release; then F_DISTRO=$(fact_ok "$DISTRO" /etc/os-release); return; fi
  first=$REASON
  if read_text /usr/lib/os-release $SMALL && parse_os_release; then F_DISTRO=$(fact_ok "$DISTRO" /usr/lib/os-release); return; fi
  F_DISTRO=$(fact_unknown '/etc/os-release, /usr/lib/os-release' "$first; /usr/lib/os-release: $REASON")
}

# ---------------------------------------------------------------------------------------------------
# Kernel config: /boot/config-<release>, else /proc/config.gz. Set options only, as KEY=value lines.

config_lines() { # file → $TMP/config.lines (KEY=value, quotes removed)
  sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' -e '/^CONFIG_[A-Za-z0-9_][A-Za-z0-9_]*=/!d' \
    -e '/^CONFIG_[A-Za-z0-9_]*=".*"$/{' -e 's/^\(CONFIG_[A-Za-z0-9_]*\)="\(.*\)"$/\1=\2/' -e 's/\\\(["\\]\)/\1/g' -e '}' \
    "$1" >"$TMP/config.lines"
  [ -s "$TMP/config.lines" ] || { REASON='no CONFIG_ options set: not a kernel config'; return 1; }
  CONFIG_JSON=$(tr -d '\000-\010\013-\037' <"$TMP/config.lines" |
    sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e "s/$TAB/\\\\t/g" -e 's/^\(CONFIG_[A-Za-z0-9_]*\)=\(.*\)$/"\1":"\2"/' -e '$!s/$/,/' | tr -d '\n')
  CONFIG_JSON="{$CONFIG_JSON}"
}

config_value() { # option → CV (unset: return 1)
  [ -s "$TMP/config.lines" ] || return 1
  CV=$(grep "^$1=" "$TMP/config.lines" | tail -n 1)
  [ -n "$CV" ] || return 1
  CV=${CV#*=}
}

CONFIG_OK=
collect_config() {
  tried=; reasons=
  if [ -z "$TMP" ]; then F_CONFIG=$(fact_unknown '/boot/config-<release>, /proc/config.gz' "$TMP_REASON"); return; fi
  case $RELEASE in
  '' | *..* | *[!A-Za-z0-9._+~-]* | [!A-Za-z0-9]* | ?????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????*)
    reasons='/boot/config-<release>: kernel release unknown' ;;
  *)
    boot=/boot/config-$RELEASE
    if open_check "$boot"; then
      size=$(wc -c <"$HP")
      if [ "$size" -gt $CONFIG_MAX ]; then REASON="too large: $size bytes > limit $CONFIG_MAX"
      elif config_lines "$HP"; then CONFIG_OK=1; CONFIG_SOURCE=$boot; F_CONFIG=$(fact_ok "$CONFIG_JSON" "$boot"); return
      fi
    fi
    tried=$boot; reasons="$boot: $REASON"
    ;;
  esac
  gz=/proc/config.gz
  if open_check $gz; then
    size=$(wc -c <"$HP")
    if [ "$size" -gt $CONFIG_MAX ]; then REASON="too large: $size bytes > limit $CONFIG_MAX"
    elif ! command -v gzip >/dev/null 2>&1; then REASON='gzip not found'
    else
      { gzip -dc <"$HP" 2>/dev/null; echo $? >"$TMP/gzip.rc"; } | head -c $((CONFIG_MAX + 1)) >"$TMP/config.txt"
      rc=$(cat "$TMP/gzip.rc")
      if [ "$(wc -c <"$TMP/config.txt")" -gt $CONFIG_MAX ]; then REASON="too large: more than $CONFIG_MAX bytes uncompressed"
      elif [ "$rc" != 0 ]; then REASON="bad gzip (gzip exited with status $rc)"
      elif config_lines "$TMP/config.txt"; then CONFIG_OK=1; CONFIG_SOURCE=$gz; F_CONFIG=$(fact_ok "$CONFIG_JSON" $gz); return
      fi
    fi
  fi
  tried=${tried:+$tried, }$gz
  reasons=${reasons:+$reasons; }"$gz: $REASON"
  rm -f "$TMP/config.lines"
  F_CONFIG=$(fact_unknown "$tried" "$reasons")
}

# ---------------------------------------------------------------------------------------------------
# Kernel BTF: one od of the type section, walked by one awk (btf_walk) that jumps from record to
# record; names from the string section, matched by offset. Keeps the members of six enums and
# which of the wanted functions, struct members and enumerators exist.

BTF_ENUMS='bpf_func_id bpf_prog_type bpf_map_type bpf_attach_type bpf_link_type bpf_cmd'
MAX_WANTED=10000

btf_fail() { BTF_ERROR="unreadable BTF: $1: $2"; return 1; }

u32s() { od -An -v -tu4 $OD_ENDIAN -j "$1" -N "$2" -- "$BTF_FILE"; } # offset bytes → decimal u32s

# The string section as $TMP/strings.txt, one string a line (a newline in a name becomes \001, so
# line n is the n-th string; its offset is the sum of the lengths before it, plus one each).
btf_strings() {
  tail -c +$((STR_START + 1)) -- "$BTF_FILE" | head -c "$STR_LEN" | tr '\n\0' "$SOH\n" >"$TMP/strings.txt"
}

# The wanted names as the server normalizes them (valid, unique, sorted, at most 10,000 of each)
# into $TMP/wanted, members.wanted, enumerators.wanted; and every name the walk looks for (those,
# the wanted members' structs and member names, the six enums, bpf_kfunc) as one pattern,
# (a|b|…)$, in $TMP/names.re: the strings that end with one of them are the only ones searched.
btf_wanted() {
  { printf 'F %s\n' $WANTED_FUNCTIONS_ALL; printf 'M %s\n' $WANTED_MEMBERS_ALL; printf 'N %s\n' $WANTED_ENUMERATORS_ALL; } |
    awk 'function ident(s) { return length(s) <= 128 && s ~ /^[A-Za-z_][A-Za-z0-9_]*$/ }
      { n = substr($0, 3); d = index(n, ".") }
      $1 == "M" ? d > 0 && ident(substr(n, 1, d - 1)) && ident(substr(n, d + 1)) : ident(n)' |
    sort -u | awk -v dir="$TMP" -v max=$MAX_WANTED -v enums="$BTF_ENUMS bpf_kfunc" '
      BEGIN { FILE["F"] = dir "/wanted"; FILE["M"] = dir "/members.wanted"; FILE["N"] = dir "/enumerators.wanted"
        for (k in FILE) printf "" >FILE[k]
        n = split(enums, e, " "); for (k = 1; k <= n; k++) name[e[k]] = 1 }
      ++count[$1] <= max {
        n = substr($0, 3); print n >FILE[$1]
        if ($1 == "M") { d = index(n, "."); name[substr(n, 1, d - 1)] = 1; name[substr(n, d + 1)] = 1 } else name[n] = 1
      }
      END { f = dir "/names.re"; s = "("; for (n in name) { printf "%s%s", s, n >f; s = "|" }; print ")$" >f }'
}

# Walks the types from id 1: one od for the whole type section, one awk over its u32s. A record's
# header (3 u32s) says its kind and vlen, hence how many u32s of data follow (BTF-NOTES.md); the walk
# jumps over them, reading data only where needed: the member names of enums (the six and, when
# enumerators are wanted, every enum's), of the structs and unions of wanted members, and a
# bpf_kfunc decl tag's component_idx. A kind this walk does not know stops it, as it stops the
# server's. Before the walk, the strings that may be wanted names (grep, names.re) are found at their
# offsets (a name may also start inside a longer string: allowed by the format, never made by
# pahole/libbpf); after it, the six enums' member names are read by offset. Prints the BTF fact's
# value (JSON) on one line, or "! CODE message".
btf_walk() {
  grep -n -E -f "$TMP/names.re" "$TMP/strings.txt" >"$TMP/names.at" 2>/dev/null
  od -An -v -tu4 -w1024 $OD_ENDIAN -j "$TYPE_START" -N "$TYPE_LEN" -- "$BTF_FILE" |
    awk -v dir="$TMP" -v strlen="$STR_LEN" -v enums="$BTF_ENUMS" -v size="$BTF_SIZE" -v order="$BYTE_ORDER" '
function fail(code, msg) { print "! " code " " msg; failed = 1; exit }
function range(what, max) {
  if (max >= strlen) fail("OUT_OF_RANGE", what ": name offset " sprintf("%.0f", max) " is beyond the string section of " strlen " bytes")
}
# A type record: header h0 (name_off), h1 (info), h2 (size or type); its data starts at field ds.
function rec(h0, h1, h2, ds,   kind, vlen) {
  id++
  kind = int(h1 / 16777216) % 32
  if (kind < 1 || kind > 19) fail("UNKNOWN_KIND", "type id " id " has unknown BTF kind " kind ": the blob is newer than this script or corrupt")
  vlen = h1 % 65536
  i = ds + FIX[kind] + PER[kind] * vlen
  if (kind == 12) {
    if (h0 > maxF) maxF = h0
    if (h0 in WF) { FOUNDF[WF[h0]] = 1; FID[id] = WF[h0] }
  } else if (kind == 6 || kind == 19) {
    if (h0 > maxE) maxE = h0
    listed = h0 in WE
    if (listed) { e = WE[h0]; EID[e, ++ECOUNT[e]] = id; EVLEN[id] = vlen; eid = id; vidx = 0 }
    if (listed || nn > 0) { vtype = 1; vp = ds; vstep = PER[kind]; vleft = vlen; visit() }
  } else if (kind == 4 || kind == 5) {
    if (h0 in WS) { sname = WS[h0]; vtype = 2; vp = ds; vstep = 3; vleft = vlen; visit() }
  } else if (kind == 17) {
    if (h0 in KT) { tagto = h2; vtype = 3; vp = ds; vstep = 1; vleft = 1; visit() }
  }
}
# The data u32s wanted of the record being read, from field vp of this line on, every vstep.
function visit(   v) {
  for (; vleft > 0 && vp <= NF; vp += vstep) {
    vleft--; v = $vp
    if (vtype == 1) {
      if (listed) { EMEM[eid, ++vidx] = v; Q[v] = 1; if (v > maxM) maxM = v }
      if (v in WN) FOUNDN[WN[v]] = 1
    } else if (vtype == 2) {
      if (v != 0) { if (v > maxS) maxS = v; if (v in WM) { q = sname "." WM[v]; if (q in WANTM) FOUNDM[q] = 1 } }
    } else if (v == 4294967295) { tags++; TAGGED[tagto] = 1 } # component_idx -1: on the type itself
  }
}
# A JSON string of name s, as json_lines writes it ("" when nothing is left of it).
function jstr(s,   out, c, k, n) {
  if (s ~ /^[A-Za-z0-9_]+$/) return "\"" s "\""
  out = ""; n = length(s)
  for (k = 1; k <= n; k++) {
    c = substr(s, k, 1)
    if (c == "\\" || c == "\"") out = out "\\" c
    else if (c == "\t") out = out "\\t"
    else if (!index(CTRL, c)) out = out c
  }
  return out == "" ? "" : "\"" out "\""
}
function jlist(L, n, FOUND, all,   out, k) {
  out = ""
  for (k = 1; k <= n; k++) if (all || (L[k] in FOUND)) out = out (out == "" ? "" : ",") "\"" L[k] "\""
  return "[" out "]"
}
BEGIN {
  split("1 0 3 0 0 0 0 0 0 0 0 0 0 1 0 0 1 0 0", FIX, " ") # data u32s of each kind: fixed part
  split("0 0 0 3 3 2 0 0 0 0 0 0 2 0 3 0 0 0 3", PER, " ") # …and per vlen
  CTRL = ""; for (k = 1; k < 32; k++) if (k != 9) CTRL = CTRL sprintf("%c", k)
  while ((getline l < (dir "/wanted")) > 0) { FN[++nf] = l; NAMEF[l] = 1 }
  while ((getline l < (dir "/members.wanted")) > 0) {
    MN[++nm] = l; WANTM[l] = 1; d = index(l, "."); NAMES[substr(l, 1, d - 1)] = 1; NAMEM[substr(l, d + 1)] = 1
  }
  while ((getline l < (dir "/enumerators.wanted")) > 0) { NN[++nn] = l; NAMEN[l] = 1 }
  ne = split(enums, EN, " "); for (k = 1; k <= ne; k++) NAMEE[EN[k]] = 1
  # Where each wanted name is read: at the start of a string equal to it, or inside one ending with it.
  nc = 0; while ((getline l < (dir "/names.at")) > 0) CAND[++nc] = substr(l, 1, index(l, ":") - 1) + 0
  c = 1; line = 0; o = 0
  while (c <= nc && (getline l < (dir "/strings.txt")) > 0) {
    if (++line == CAND[c]) {
      c++; n = length(l)
      for (k = 1; k <= n; k++) {
        t = substr(l, k); at = o + k - 1
        if (t in NAMEF) WF[at] = t
        if (t in NAMES) WS[at] = t
        if (t in NAMEM) WM[at] = t
        if (t in NAMEN) WN[at] = t
        if (t in NAMEE) WE[at] = t
        if (t == "bpf_kfunc") KT[at] = 1
      }
    }
    o += length(l) + 1
  }
  close(dir "/strings.txt")
  i = 1; hn = 0; id = 0; maxF = maxE = maxM = maxS = -1
  split("", FOUNDF); split("", FOUNDM); split("", FOUNDN); split("", KFUNCS)
}
{
  if (vleft) visit()
  while (i <= NF) {
    if (hn || i + 2 > NF) { # a header across two lines
      while (hn < 3 && i <= NF) H[hn++] = $(i++)
      if (hn < 3) break
      hn = 0; rec(H[0], H[1], H[2], i)
    } else rec($i, $(i + 1), $(i + 2), i + 3)
  }
  i -= NF; if (vleft) vp -= NF
}
END {
  if (failed) exit
  if (hn || i > 1) fail("TRUNCATED", "type id " (hn ? id + 1 : id) " runs past the end of the type section")
  range("function name", maxF); range("enum name", maxE); range("enum member name", maxM); range("struct member name", maxS)

  # The six enums member names, by offset: where a string starts, else (rare) inside one.
  f = dir "/strings.txt"; o = 0
  while ((getline l < f) > 0) { if (o in Q) NAME[o] = l; o += length(l) + 1 }
  close(f); nu = 0
  for (q in Q) if (!(q in NAME)) U[++nu] = q + 0
  if (nu) {
    o = 0
    while ((getline l < f) > 0) {
      n = length(l)
      for (k = 1; k <= nu; k++) if (U[k] > o && U[k] <= o + n) NAME[U[k]] = substr(l, U[k] - o + 1)
      o += n + 1
    }
    close(f)
  }
  # Each enum in BTF_ENUMS order; a second enum of the same name merged in, without repeats.
  out = ""
  for (k = 1; k <= ne; k++) {
    e = EN[k]; if (!(e in ECOUNT)) continue
    arr = ""; split("", SEEN)
    for (j = 1; j <= ECOUNT[e]; j++) {
      eid = EID[e, j]
      for (x = 1; x <= EVLEN[eid]; x++) {
        name = NAME[EMEM[eid, x]]
        if (j > 1 && (name in SEEN)) continue
        SEEN[name] = 1
        s = jstr(name); if (s != "") arr = arr (arr == "" ? "" : ",") s
      }
    }
    out = out (out == "" ? "" : ",") "\"" e "\":[" arr "]"
  }
  for (t in TAGGED) if (t in FID) KFUNCS[FID[t]] = 1
  printf "{\"present\":true,\"size\":%s,\"byteOrder\":\"%s\",\"typeCount\":%d,\"enums\":{%s}", size, order, id, out
  printf ",\"functionsChecked\":%s,\"functions\":%s", jlist(FN, nf, FOUNDF, 1), jlist(FN, nf, FOUNDF, 0)
  printf ",\"membersChecked\":%s,\"members\":%s", jlist(MN, nm, FOUNDM, 1), jlist(MN, nm, FOUNDM, 0)
  printf ",\"enumeratorsChecked\":%s,\"enumerators\":%s", jlist(NN, nn, FOUNDN, 1), jlist(NN, nn, FOUNDN, 0)
  printf ",\"kfuncTagCount\":%d,\"kfuncsTagged\":%s}\n", tags, jlist(FN, nf, KFUNCS, 0)
}'
}

btf_parse() {
  set -- $(od -An -v -tu1 -N 4 -- "$BTF_FILE")
  [ $# -ge 2 ] || { btf_fail TRUNCATED "BTF input is $BTF_SIZE byte(s) long; the magic alone needs 2"; return 1; }
  native=$(printf '\001\000\000\000' | od -An -tu4 | tr -d ' ')
  if [ "$1 $2" = '159 235' ]; then BYTE_ORDER=little
  elif [ "$1 $2" = '235 159' ]; then BYTE_ORDER=big
  else btf_fail BAD_MAGIC "bad BTF magic bytes $1 $2 (decimal) at byte 0"; return 1
  fi
  [ "$BTF_SIZE" -ge 24 ] || { btf_fail TRUNCATED "BTF header truncated: input is $BTF_SIZE bytes, the header needs at least 24"; return 1; }
  [ "$3" = 1 ] || { btf_fail BAD_VERSION "unsupported BTF version $3 at byte 2 (expected 1)"; return 1; }
  [ "$4" = 0 ] || { btf_fail BAD_HEADER "unsupported BTF header flags $4 at byte 3 (expected 0)"; return 1; }
  OD_ENDIAN=
  if { [ "$native" = 1 ] && [ $BYTE_ORDER = big ]; } || { [ "$native" != 1 ] && [ $BYTE_ORDER = little ]; }; then
    OD_ENDIAN=--endian=$BYTE_ORDER
    od $OD_ENDIAN -An -tu4 -N 4 -- "$BTF_FILE" >/dev/null 2>&1 ||
      { BTF_ERROR="$BYTE_ORDER-endian BTF on a host of the other byte order, and this od has no --endian"; return 1; }
  fi
  set -- $(u32s 4 20)
  HDR_LEN=$1
  [ "$HDR_LEN" -ge 24 ] || { btf_fail BAD_HEADER "BTF hdr_len $HDR_LEN at byte 4 is shorter than the 24 bytes of its fields"; return 1; }
  [ "$HDR_LEN" -le "$BTF_SIZE" ] || { btf_fail TRUNCATED "BTF hdr_len $HDR_LEN at byte 4 runs past the end of the input ($BTF_SIZE bytes)"; return 1; }
  TYPE_START=$((HDR_LEN + $2)); TYPE_LEN=$3; STR_START=$((HDR_LEN + $4)); STR_LEN=$5
  [ $((TYPE_START + TYPE_LEN)) -le "$BTF_SIZE" ] || { btf_fail OUT_OF_RANGE "BTF type section runs past the end of the input ($BTF_SIZE bytes)"; return 1; }
  [ $((STR_START + STR_LEN)) -le "$BTF_SIZE" ] || { btf_fail OUT_OF_RANGE "BTF string section runs past the end of the input ($BTF_SIZE bytes)"; return 1; }
  if [ "$TYPE_LEN" -gt 0 ] && [ "$STR_LEN" -gt 0 ] && [ $TYPE_START -lt $((STR_START + STR_LEN)) ] && [ $STR_START -lt $((TYPE_START + TYPE_LEN)) ]; then
    btf_fail OUT_OF_RANGE 'BTF type section overlaps the string section'; return 1
  fi
  [ "$STR_LEN" -gt 0 ] || { btf_fail BAD_STRING 'BTF string section is empty; it must at least hold the empty string at offset 0'; return 1; }
  set -- $(od -An -v -tu1 -j $STR_START -N 1 -- "$BTF_FILE") $(od -An -v -tu1 -j $((STR_START + STR_LEN - 1)) -N 1 -- "$BTF_FILE")
  [ "$1" = 0 ] || { btf_fail NEEDS_BASE 'BTF string section does not start with the empty string: this looks like split BTF (a module'"'"'s)'; return 1; }
  [ "$2" = 0 ] || { btf_fail BAD_STRING 'BTF string section does not end with NUL: its last string is unterminated'; return 1; }
  [ $((TYPE_LEN % 4)) = 0 ] || { btf_fail TRUNCATED "the type section's $TYPE_LEN bytes are not whole types"; return 1; }

  btf_strings
  btf_wanted
  BTF_JSON=$(btf_walk)
  case $BTF_JSON in
  '{'*) ;;
  '! '*) err=${BTF_JSON#! }; btf_fail "${err%% *}" "${err#* }" ;;
  *) btf_fail TRUNCATED 'the type section could not be read' ;;
  esac
}

collect_btf() {
  src=/sys/kernel/btf/vmlinux
  if ! open_check $src; then
    # With sysfs there and no vmlinux, the kernel has no BTF (built without it, or before 5.4).
    if [ "$REASON" = ENOENT ] && populated /sys/kernel; then F_BTF=$(fact_ok '{"present":false}' $src ENOENT); return; fi
    [ "$REASON" = ENOENT ] && REASON='sysfs not mounted'
    F_BTF=$(fact_unknown $src "$REASON"); return
  fi
  if [ -z "$TMP" ]; then F_BTF=$(fact_unknown $src "$TMP_REASON"); return; fi
  BTF_FILE=$HP
  BTF_SIZE=$(wc -c <"$BTF_FILE")
  if [ "$BTF_SIZE" -gt $BTF_MAX ]; then F_BTF=$(fact_unknown $src "too large: $BTF_SIZE bytes > limit $BTF_MAX"); return; fi
  [ -t 2 ] && echo 'collect-host-facts.sh: reading the kernel BTF…' >&2
  BTF_ERROR=
  if btf_parse; then F_BTF=$(fact_ok "$BTF_JSON" $src); else F_BTF=$(fact_unknown $src "$BTF_ERROR"); fi
}

collect_btf_modules() {
  src=/sys/kernel/btf/
  hp /sys/kernel/btf
  file_type "$HP"
  if [ "$FTYPE" = directory ]; then
    if names=$(ls -A -- "$HP" 2>/dev/null); then
      F_BTF_MODULES=$(fact_ok "$(printf '%s\n' "$names" | grep -v -x vmlinux | sort | head -n 10000 | json_lines)" $src)
      return
    fi
    REASON=EACCES
  elif [ -z "$FTYPE" ]; then
    REASON=$ERRNO
    if [ "$REASON" = ENOENT ] && populated /sys/kernel; then F_BTF_MODULES=$(fact_ok '[]' $src ENOENT); return; fi
    [ "$REASON" = ENOENT ] && REASON='sysfs not mounted'
  else
    REASON='not a directory'
  fi
  F_BTF_MODULES=$(fact_unknown $src "$REASON")
}

# ---------------------------------------------------------------------------------------------------
# LSMs and lockdown

lsm_list() { # comma-separated → LSMS (one per line, valid names only) and LSMS_JSON, their JSON array
  LSMS=; LSMS_JSON=; old_ifs=$IFS; IFS=",
"
  for l in $1; do
    trim "$l"; l=$TRIMMED
    case $l in [a-z]*) ;; *) continue ;; esac
    case $l in *[!a-z0-9_]*) continue ;; esac
    [ ${#l} -le 32 ] || continue
    LSMS=$LSMS${LSMS:+"
"}$l; LSMS_JSON=$LSMS_JSON${LSMS_JSON:+,}\"$l\"
  done
  IFS=$old_ifs; LSMS_JSON="[$LSMS_JSON]"
}

security_reason() { # REASON → REASON, "securityfs not mounted" for ENOENT under an empty securityfs
  if [ "$REASON" = ENOENT ] && ! populated /sys/kernel/security; then REASON='securityfs not mounted'; fi
}

lsm_built() { # name: is it built in (per the kernel config)? Unknown names are.
  case $1 in
  selinux) o=CONFIG_SECURITY_SELINUX ;; apparmor) o=CONFIG_SECURITY_APPARMOR ;; smack) o=CONFIG_SECURITY_SMACK ;;
  tomoyo) o=CONFIG_SECURITY_TOMOYO ;; yama) o=CONFIG_SECURITY_YAMA ;; loadpin) o=CONFIG_SECURITY_LOADPIN ;;
  safesetid) o=CONFIG_SECURITY_SAFESETID ;; lockdown) o=CONFIG_SECURITY_LOCKDOWN_LSM ;; landlock) o=CONFIG_SECURITY_LANDLOCK ;;
  integrity) o=CONFIG_INTEGRITY ;; ima) o=CONFIG_IMA ;; evm) o=CONFIG_EVM ;; ipe) o=CONFIG_SECURITY_IPE ;; bpf) o=CONFIG_BPF_LSM ;;
  *) return 0 ;;
  esac
  # The last assignment of o in LSM_CONFIG (these options, read from the config once by collect_lsm) wins.
  CV=; found=; old_ifs=$IFS; IFS='
'
  for line in $LSM_CONFIG; do case $line in "$o="*) CV=${line#*=}; found=1 ;; esac; done
  IFS=$old_ifs
  [ -n "$found" ] && [ "$CV" != n ]
}

collect_lsm() {
  lsm=/sys/kernel/security/lsm
  if read_text $lsm $SMALL; then
    trim "$TEXT"; lsm_list "$TRIMMED"
    F_LSM=$(fact_ok "{\"active\":$LSMS_JSON}" $lsm); return
  fi
  security_reason; first=$REASON
  if read_text /proc/cmdline $SMALL; then
    # Only lsm= and security= are looked at (the last of each, before a bare --); the rest of the
    # command line can hold secrets and never leaves this function.
    c_lsm=; c_has_lsm=; c_sec=
    for word in $TEXT; do
      case $word in
      --) break ;;
      lsm=*) c_has_lsm=1; c_lsm=${word#lsm=} ;;
      security=*) c_sec=${word#security=} ;;
      esac
    done
    c_lsm=${c_lsm#\"}; c_lsm=${c_lsm%\"}; c_sec=${c_sec#\"}; c_sec=${c_sec%\"}
    if [ -n "$c_has_lsm" ]; then
      lsm_list "$c_lsm"
      F_LSM=$(fact_ok "{\"active\":$LSMS_JSON}" '/proc/cmdline (lsm=)' "$lsm: $first"); return
    elif [ -n "$c_sec" ]; then
      second="security=$(printf '%.32s' "$c_sec") on the kernel command line"
    elif [ -n "$CONFIG_OK" ] && config_value CONFIG_LSM; then
      lsm_list "$CV"
      LSM_CONFIG=$(grep -E '^CONFIG_(SECURITY_(SELINUX|APPARMOR|SMACK|TOMOYO|YAMA|LOADPIN|SAFESETID|LOCKDOWN_LSM|LANDLOCK|IPE)|INTEGRITY|IMA|EVM|BPF_LSM)=' "$TMP/config.lines")
      active=capability
      for l in $LSMS; do [ "$l" != capability ] && lsm_built "$l" && active="$active
$l"; done
      F_LSM=$(fact_ok "{\"active\":$(printf '%s\n' "$active" | json_lines)}" "CONFIG_LSM ($CONFIG_SOURCE)" "$lsm: $first; no lsm= or security= on /proc/cmdline")
      return
    elif [ -n "$CONFIG_OK" ]; then second='no lsm= on the kernel command line; no CONFIG_LSM'
    else second='no lsm= on the kernel command line; kernel config unknown'
    fi
  else
    second="/proc/cmdline: $REASON"
  fi
  F_LSM=$(fact_unknown "$lsm, /proc/cmdline" "$first; $second")
}

collect_lockdown() {
  src=/sys/kernel/security/lockdown
  if read_text $src $SMALL; then
    current=; available=
    for word in $TEXT; do
      case $word in
      \[?*\]) [ -z "$current" ] && current=${word#\[} && current=${current%\]} ;;
      esac
      word=${word#\[}; word=${word%\]}
      available="$available$word
"
    done
    if [ -n "$current" ]; then
      F_LOCKDOWN=$(fact_ok "{\"current\":$(json_str "$current"),\"available\":$(printf '%s' "$available" | json_lines)}" $src); return
    fi
    REASON='no [current] mode in lockdown'
  else
    security_reason
  fi
  F_LOCKDOWN=$(fact_unknown $src "$REASON")
}

# ---------------------------------------------------------------------------------------------------
# Sysctls, paths, cgroups, this process's capabilities and memlock limit, iproute2, bpftool

collect_sysctls() {
  names=$(printf '%s\n' kernel.unprivileged_bpf_disabled net.core.bpf_jit_enable net.core.bpf_jit_harden net.core.busy_poll net.core.busy_read \
    $(printf '%s\n' $WANTED_SYSCTLS_ALL | grep -E -x '[a-z][a-z0-9_]*(\.[a-z0-9_]+)+' | head -n 256) | uniq_lines)
  populated /proc/sys && procsys=1 || procsys=
  F_SYSCTLS=; sep=
  for name in $names; do
    path=/proc/sys; rest=$name
    while :; do case $rest in *.*) path=$path/${rest%%.*}; rest=${rest#*.} ;; *) path=$path/$rest; break ;; esac; done
    if [ -z "$procsys" ]; then f=$(fact_unknown "$path" 'procfs not mounted')
    elif read_text "$path" $SMALL; then trim "$TEXT"; jstr "$TRIMMED"; f=$(fact_ok "$JS" "$path")
    else f=$(fact_unknown "$path" "$REASON")
    fi
    F_SYSCTLS="$F_SYSCTLS$sep\"$name\":$f"; sep=,
  done
  F_SYSCTLS="{$F_SYSCTLS}"
}

uniq_lines() { # stdin lines → first occurrence of each, in order
  seen="
"
  while IFS= read -r l; do
    case $seen in *"
$l
"*) continue ;; esac
    seen="$seen$l
"
    printf '%s\n' "$l"
  done
}

collect_paths() {
  paths=$(printf '%s\n' $WANTED_PATHS_ALL | grep -E -x '/(sys|proc)(/[A-Za-z0-9_.:-]+)*/?' | grep -v -E '/\.\.(/|$)' | uniq_lines | head -n 256)
  populated /sys && sys_ok=1 || sys_ok=
  populated /proc && proc_ok=1 || proc_ok=
  F_PATHS=; sep=
  for path in $paths; do
    case $path in
    /sys*) ok=$sys_ok; fs=sysfs ;;
    *) ok=$proc_ok; fs=procfs ;;
    esac
    if [ -z "$ok" ]; then f=$(fact_unknown "$path" "$fs not mounted")
    else
      hp "$path"; file_type "$HP"
      case $FTYPE in
      '') f=$(fact_unknown "$path" "$ERRNO") ;;
      file | directory) f=$(fact_ok "{\"type\":\"$FTYPE\"}" "$path") ;;
      *) f=$(fact_ok '{"type":"other"}' "$path") ;;
      esac
    fi
    jstr "$path"; F_PATHS="$F_PATHS$sep$JS:$f"; sep=,
  done
  F_PATHS="{$F_PATHS}"
}

collect_cgroup() {
  src=/proc/self/mountinfo
  if read_text $src $MOUNTINFO_MAX; then
    if [ -z "$(printf '%s\n' "$TEXT" | grep -v '^[[:space:]]*$' | head -n 1)" ]; then F_CGROUP=$(fact_unknown $src 'empty mountinfo'); return; fi
    # id parent maj:min root mountpoint options [optional fields] - fstype source options
    sep_re='^[^ ]* [^ ]* [^ ]* [^ ]* \([^ ]*\) [^ ]*\( [^ -][^ ]*\)* - '
    points=$(printf '%s\n' "$TEXT" | sed -n "s/${sep_re}cgroup2\( .*\)\{0,1\}\$/\1/p" |
      sed -e 's/"/\\"/g' -e 's/\\040/ /g' -e 's/\\011/\\t/g' -e 's/\\012/\\n/g' -e 's/\\134/\\\\/g' -e 's/^/"/' -e 's/$/"/' |
      { sep=; while IFS= read -r l; do printf '%s%s' "$sep" "$l"; sep=,; done; })
    v1=$(printf '%s\n' "$TEXT" | grep -c "${sep_re}cgroup\( .*\)\{0,1\}\$")
    if [ -n "$points" ]; then [ "$v1" -gt 0 ] && mode=hybrid || mode=unified
    else [ "$v1" -gt 0 ] && mode=legacy || mode=none
    fi
    F_CGROUP=$(fact_ok "{\"mode\":\"$mode\",\"cgroup2MountPoints\":[$points]}" $src)
  else
    F_CGROUP=$(fact_unknown $src "$REASON")
  fi
}

collect_capabilities() {
  src=/proc/self/status
  if read_text $src $SMALL; then
    hex=$(printf '%s\n' "$TEXT" | sed -n 's/^CapEff:[[:space:]]*\([0-9a-fA-F]\{1,32\}\)[[:space:]]*$/\1/p' | head -n 1 | tr 'A-F' 'a-f')
    if [ -n "$hex" ]; then
      low=$hex; [ ${#low} -gt 11 ] && low=${hex#"${hex%???????????}"} # bits 0–43 hold every bit asked about
      bit() { [ $(((0x$low >> $1) & 1)) = 1 ] && echo true || echo false; }
      F_CAPS=$(fact_ok "{\"effective\":\"$hex\",\"CAP_BPF\":$(bit 39),\"CAP_PERFMON\":$(bit 38),\"CAP_SYS_ADMIN\":$(bit 21),\"CAP_NET_ADMIN\":$(bit 12)}" $src)
      return
    fi
    REASON='no CapEff line in status'
  fi
  F_CAPS=$(fact_unknown $src "$REASON")
}

collect_memlock() {
  src=/proc/self/limits
  if read_text $src $SMALL; then
    set -- $(printf '%s\n' "$TEXT" | sed -n 's/^Max locked memory[[:space:]]//p' | head -n 1)
    limit() { case $1 in unlimited) echo '"unlimited"' ;; '' | *[!0-9]*) return 1 ;; *) printf '%s\n' "$1" | sed 's/^0*\([0-9]\)/\1/' ;; esac; }
    if [ $# -ge 2 ] && [ $# -le 3 ] && soft=$(limit "$1") && hard=$(limit "$2"); then
      F_MEMLOCK=$(fact_ok "{\"soft\":$soft,\"hard\":$hard}" $src); return
    fi
    REASON='no "Max locked memory" line in limits'
  fi
  F_MEMLOCK=$(fact_unknown $src "$REASON")
}

collect_iproute2() {
  if [ "$ROOT" != / ]; then F_IPROUTE2=$(fact_unknown 'ip -V' "not run: HOST_ROOT is not / (the host's ip cannot run here)"); return; fi
  ip=
  for candidate in /usr/sbin/ip /sbin/ip /usr/bin/ip /bin/ip; do [ -f "$candidate" ] && ip=$candidate && break; done
  if [ -z "$ip" ]; then F_IPROUTE2=$(fact_unknown 'ip -V' 'ENOENT: no ip in /usr/sbin/ip, /sbin/ip, /usr/bin/ip, /bin/ip'); return; fi
  if command -v timeout >/dev/null 2>&1; then out=$(timeout 2 "$ip" -V 2>/dev/null); else out=$("$ip" -V 2>/dev/null); fi
  rc=$?
  if [ $rc != 0 ]; then F_IPROUTE2=$(fact_unknown "$ip -V" "exited with status $rc"); return; fi
  version=$(printf '%s\n' "$out" | sed -n -e 's/^.*iproute2-v\{0,1\}\(ss[0-9][0-9]*\).*$/\1/p' \
    -e 's/^.*iproute2-v\{0,1\}\([0-9][0-9]*\.[0-9][0-9]*\(\.[0-9][0-9]*\)\{0,1\}\).*$/\1/p' | head -n 1)
  libbpf=$(printf '%s\n' "$out" | sed -n 's/^.*libbpf[[:space:]]\{1,\}v\{0,1\}\([0-9][0-9]*\.[0-9][0-9]*\(\.[0-9][0-9]*\)\{0,1\}\).*$/\1/p' | head -n 1)
  if [ -z "$version" ]; then F_IPROUTE2=$(fact_unknown "$ip -V" 'no iproute2 version in `ip -V` output'); return; fi
  [ -n "$libbpf" ] && libbpf=$(json_str "$libbpf") || libbpf=null
  F_IPROUTE2=$(fact_ok "{\"version\":$(json_str "$version"),\"libbpf\":$libbpf}" "$ip -V")
}

collect_bpftool() {
  if [ "$ROOT" != / ]; then F_BPFTOOL=$(fact_unknown 'bpftool version' "not run: HOST_ROOT is not / (the host's bpftool cannot run here)"); return; fi
  bpftool=
  for candidate in /usr/sbin/bpftool /usr/bin/bpftool /usr/local/sbin/bpftool /sbin/bpftool; do [ -f "$candidate" ] && bpftool=$candidate && break; done
  if [ -z "$bpftool" ]; then
    F_BPFTOOL=$(fact_unknown 'bpftool version' 'ENOENT: no bpftool in /usr/sbin/bpftool, /usr/bin/bpftool, /usr/local/sbin/bpftool, /sbin/bpftool')
    return
  fi
  if command -v timeout >/dev/null 2>&1; then out=$(timeout 2 "$bpftool" version 2>/dev/null); else out=$("$bpftool" version 2>/dev/null); fi
  rc=$?
  if [ $rc != 0 ]; then F_BPFTOOL=$(fact_unknown "$bpftool version" "exited with status $rc"); return; fi
  # "/usr/sbin/bpftool v7.1.0" (it names itself as run); "using libbpf v1.1" does not matter here.
  version=$(printf '%s\n' "$out" | sed -n 's/^[^[:space:]]*bpftool v\{0,1\}\([0-9][0-9]*\.[0-9][0-9]*\(\.[0-9][0-9]*\)\{0,1\}\).*$/\1/p' | head -n 1)
  if [ -z "$version" ]; then F_BPFTOOL=$(fact_unknown "$bpftool version" 'no bpftool version in `bpftool version` output'); return; fi
  F_BPFTOOL=$(fact_ok "{\"version\":$(json_str "$version")}" "$bpftool version")
}

# ---------------------------------------------------------------------------------------------------
# Prometheus metrics (--format prometheus): the facts' verdicts, judged by the awk program below with
# the site's rules (ITEM_RULES, generated), and written as GET /metrics writes them
# (lib/metrics/host-metrics.ts). It reads the facts as JSON — this script's, or a --facts file — and
# mirrors lib/verdicts/rules.ts (one rule) and evaluate.ts (how a feature's rules combine):
# scripts/collect-host-facts.test.ts checks the two agree item by item on every fixture host.

resolve_kinds() { # KINDS as given → KINDS, a checked comma-separated list
  k=$(printf '%s' "$KINDS" | tr -d ' \t')
  case $k in
  '') KINDS=$METRIC_DEFAULT_KINDS; return ;;
  all) KINDS=$ITEM_KINDS; return ;;
  ,* | *, | *,,*) usage_error "--kinds $(printf '%.60s' "$k"): an empty kind" ;;
  esac
  seen=,
  old_ifs=$IFS; IFS=,
  for kind in $k; do
    case ,$ITEM_KINDS, in *,"$kind",*) ;; *) IFS=$old_ifs; usage_error "--kinds: \"$(printf '%.40s' "$kind")\" is not an item kind (known: $ITEM_KINDS, or all)" ;; esac
    case $seen in *,"$kind",*) IFS=$old_ifs; usage_error "--kinds: $kind is named twice" ;; esac
    seen="$seen$kind,"
  done
  IFS=$old_ifs
  KINDS=$k
}

now_ns() { # nanoseconds since the epoch, or whole seconds × 10⁹ where date has no %N (busybox)
  t=$(date +%s%N 2>/dev/null)
  case $t in '' | *[!0-9]*) t=$(($(date +%s) * 1000000000)) ;; esac
  echo "$t"
}

# stdin: the facts (JSON); $1: how long collecting took, in seconds ('' when nothing was timed).
metrics_from_facts() {
  { printf '%s\n' "$ITEM_RULES"; echo '@@FACTS@@'; cat; } |
    awk -v kinds="$KINDS" -v all_kinds="$ITEM_KINDS" -v duration="$1" "$METRICS_AWK"
}

METRICS_AWK='
function fail(msg) { printf "collect-host-facts.sh: %s\n", msg > "/dev/stderr"; FAILED = 1; exit 2 }

# JSON → V[path] (scalars as text), TY[path] (o a s n b z), IN[array path, string element].
# A path is the keys from the top joined by SUBSEP; array elements are numbered from 1.
function ws(   c) {
  while (JP <= JN) { c = substr(JT, JP, 1); if (c == " " || c == "\t" || c == "\n" || c == "\r") JP++; else return }
}
function jfail(msg) { fail("the facts are not JSON: " msg " at byte " JP) }
function hexval(h,   i, n, d) {
  n = 0
  for (i = 1; i <= 4; i++) { d = index("0123456789abcdef", tolower(substr(h, i, 1))); if (d == 0) jfail("bad \\u escape"); n = n * 16 + d - 1 }
  return n
}
function utf8(cp) {
  if (cp < 128) return sprintf("%c", cp)
  if (cp < 2048) return sprintf("%c%c", 192 + int(cp / 64), 128 + cp % 64)
  if (cp < 65536) return sprintf("%c%c%c", 224 + int(cp / 4096), 128 + int(cp / 64) % 64, 128 + cp % 64)
  return sprintf("%c%c%c%c", 240 + int(cp / 262144), 128 + int(cp / 4096) % 64, 128 + int(cp / 64) % 64, 128 + cp % 64)
}
function jstring(   out, t, c, cp, lo) {
  JP++; out = ""
  while (1) {
    t = substr(JT, JP, 256)
    if (t == "") jfail("an unterminated string")
    if (match(t, /^[^"\\]+/)) { out = out substr(t, 1, RLENGTH); JP += RLENGTH; continue }
    c = substr(t, 1, 1)
    if (c == "\"") { JP++; return out }
    c = substr(t, 2, 1); JP += 2
    if (c == "n") out = out "\n"
    else if (c == "t") out = out "\t"
    else if (c == "r") out = out "\r"
    else if (c == "b") out = out "\b"
    else if (c == "f") out = out "\f"
    else if (c == "u") {
      cp = hexval(substr(JT, JP, 4)); JP += 4
      if (cp >= 55296 && cp < 56320 && substr(JT, JP, 2) == "\\u") {
        lo = hexval(substr(JT, JP + 2, 4))
        if (lo >= 56320 && lo < 57344) { cp = 65536 + (cp - 55296) * 1024 + lo - 56320; JP += 6 }
      }
      out = out utf8(cp)
    } else out = out c
  }
}
function jvalue(path,   c, t) {
  ws(); c = substr(JT, JP, 1)
  if (c == "{") return jobject(path)
  if (c == "[") return jarray(path)
  if (c == "\"") { V[path] = jstring(); TY[path] = "s"; return }
  t = substr(JT, JP, 64)
  if (match(t, /^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?/)) { V[path] = substr(t, 1, RLENGTH); TY[path] = "n"; JP += RLENGTH; return }
  if (substr(t, 1, 4) == "true") { V[path] = "true"; TY[path] = "b"; JP += 4; return }
  if (substr(t, 1, 5) == "false") { V[path] = "false"; TY[path] = "b"; JP += 5; return }
  if (substr(t, 1, 4) == "null") { V[path] = ""; TY[path] = "z"; JP += 4; return }
  jfail(c == "" ? "an early end" : "an unexpected \"" c "\"")
}
function jobject(path,   key, c) {
  TY[path] = "o"; JP++; ws()
  if (substr(JT, JP, 1) == "}") { JP++; return }
  while (1) {
    ws(); if (substr(JT, JP, 1) != "\"") jfail("a missing key")
    key = jstring(); ws()
    if (substr(JT, JP, 1) != ":") jfail("a missing colon")
    JP++; jvalue(path == "" ? key : path SUBSEP key); ws()
    c = substr(JT, JP, 1); JP++
    if (c == "}") return
    if (c != ",") jfail("a missing comma")
  }
}
function jarray(path,   n, c) {
  TY[path] = "a"; JP++; n = 0; ws()
  if (substr(JT, JP, 1) == "]") { JP++; return }
  while (1) {
    n++; jvalue(path SUBSEP n)
    if (TY[path SUBSEP n] == "s") IN[path, V[path SUBSEP n]] = 1
    ws(); c = substr(JT, JP, 1); JP++
    if (c == "]") return
    if (c != ",") jfail("a missing comma")
  }
}

# parseKernelRelease (lib/kernel/version.ts): sets REL_MAJ, REL_MIN; 0 when s is not a version.
function digits(s, at, max,   n) {
  n = 0
  while (substr(s, at + n, 1) ~ /^[0-9]$/) n++
  return n >= 1 && n <= max ? n : (n > max ? -1 : 0)
}
function parse_release(s,   i, n, m, rest) {
  sub(/^[ \t\n\r\f\v]+/, "", s); sub(/[ \t\n\r\f\v]+$/, "", s)
  i = substr(s, 1, 1) == "v" ? 2 : 1
  n = digits(s, i, 4); if (n <= 0 || substr(s, i + n, 1) != ".") return 0
  REL_MAJ = substr(s, i, n) + 0; i += n + 1
  n = digits(s, i, 4); if (n <= 0) return 0
  REL_MIN = substr(s, i, n) + 0; i += n
  if (substr(s, i, 1) == "." ) {
    m = digits(s, i + 1, 6)
    if (m < 0) return 0
    if (m > 0) i += m + 1
  }
  rest = substr(s, i)
  return rest == "" || rest ~ /^[-+_~]/
}
function at_least(maj, mn, min,   p) { split(min, p, "."); return maj > p[1] + 0 || (maj == p[1] + 0 && mn >= p[2] + 0) }

# One non-version rule (lib/verdicts/rules.ts) → "s" supported, "u" unsupported, "k" unknown; VIA.
function in_enum(B, e, m) { if (TY[B SUBSEP "enums" SUBSEP e] != "a") return "u"; return ((B SUBSEP "enums" SUBSEP e, m) in IN) ? "s" : "u" }
function in_funcs(B, f) {
  if ((B SUBSEP "functions", f) in IN) return "s"
  return ((B SUBSEP "functionsChecked", f) in IN) ? "u" : "k"
}
function btf_rule(kind, arg,   B, i, p) {
  VIA = "btf"; B = "facts" SUBSEP "btf"
  if (V[B SUBSEP "status"] != "ok" || V[B SUBSEP "value" SUBSEP "present"] != "true") return "k"
  B = B SUBSEP "value"
  if (kind == "member") {
    if ((B SUBSEP "members", arg) in IN) return "s"
    return ((B SUBSEP "membersChecked", arg) in IN) ? "u" : "k"
  }
  if (kind == "enum") {
    if ((B SUBSEP "enumerators", arg) in IN) return "s"
    return ((B SUBSEP "enumeratorsChecked", arg) in IN) ? "u" : "k"
  }
  if (kind == "btf-enum") { i = index(arg, ":"); return in_enum(B, substr(arg, 1, i - 1), substr(arg, i + 1)) }
  if (kind == "btf-func") return in_funcs(B, arg)
  if (kind == "btf-kfunc") return kfunc_rule(B, arg)
  for (i = 1; i <= 6; i++) if (TY[B SUBSEP "enums" SUBSEP ENUMS[i]] == "a" && ((B SUBSEP "enums" SUBSEP ENUMS[i], arg) in IN)) return "s"
  if (((B SUBSEP "functions", arg) in IN) || ((B SUBSEP "functionsChecked", arg) in IN)) return in_funcs(B, arg)
  for (i = 1; i <= 4; i++) { p = PREFIX[i]; if (substr(arg, 1, length(p)) == p) return in_enum(B, PREFIX_ENUM[p], arg) }
  return in_funcs(B, arg)
}
# A kfunc by its name or <name>_impl; where the kernel tags kfuncs (kfuncTagCount > 0), the bpf_kfunc tag decides.
function kfunc_rule(B, name,   impl, present) {
  impl = name ~ /_impl$/ ? "" : name "_impl"
  if ((B SUBSEP "functions", name) in IN) present = name
  else if (impl != "" && ((B SUBSEP "functions", impl) in IN)) present = impl
  else return ((B SUBSEP "functionsChecked", name) in IN) ? "u" : "k"
  if (TY[B SUBSEP "kfuncTagCount"] == "n" && V[B SUBSEP "kfuncTagCount"] + 0 > 0) return ((B SUBSEP "kfuncsTagged", present) in IN) ? "s" : "u"
  return "s"
}
function config_rule(opt,   C) {
  VIA = "config"; C = "facts" SUBSEP "kernelConfig"
  if (V[C SUBSEP "status"] != "ok") return "k"
  C = C SUBSEP "value" SUBSEP opt
  return (C in TY) && !(TY[C] == "s" && V[C] == "n") ? "s" : "u"
}
function lsm_rule(name,   L) {
  VIA = "lsm"; L = "facts" SUBSEP "lsm"
  if (V[L SUBSEP "status"] != "ok") return "k"
  return ((L SUBSEP "value" SUBSEP "active", name) in IN) ? "s" : "u"
}
function path_rule(p,   P, q) {
  VIA = "path"; P = "facts" SUBSEP "paths" SUBSEP
  q = p
  if (!((P q SUBSEP "status") in V)) { sub(/\/$/, "", q); if (!((P q SUBSEP "status") in V)) return "k" }
  if (V[P q SUBSEP "status"] == "ok") return "s"
  return V[P q SUBSEP "reason"] == "ENOENT" ? "u" : "k"
}
function sysctl_rule(name,   P, r) {
  VIA = "sysctl"; P = "facts" SUBSEP "sysctls" SUBSEP name
  if (!((P SUBSEP "status") in V)) return "k"
  if (V[P SUBSEP "status"] == "ok") return "s"
  r = V[P SUBSEP "reason"]
  if (r == "ENOENT") return "u"
  return r == "EACCES" || r == "EPERM" ? "s" : "k"
}
function userspace_rule(component, min,   I, v) {
  VIA = "userspace"
  if (component == "bpftool") {
    # Facts from collectors older than the bpftool fact have none: unknown (not checked).
    I = "facts" SUBSEP "bpftool"
    if (V[I SUBSEP "status"] != "ok") return "k"
    I = I SUBSEP "value" SUBSEP "version"
  } else {
    I = "facts" SUBSEP "iproute2"
    if ((component != "iproute2" && component != "libbpf") || V[I SUBSEP "status"] != "ok") return "k"
    I = I SUBSEP "value" SUBSEP (component == "iproute2" ? "version" : "libbpf")
  }
  if (TY[I] != "s" || V[I] == "") return "k"
  if (!parse_release(V[I])) return "k"
  return at_least(REL_MAJ, REL_MIN, min) ? "s" : "u"
}
function rule(kind, arg) {
  if (kind == "btf" || kind == "btf-enum" || kind == "btf-func" || kind == "btf-kfunc" || kind == "member" || kind == "enum") return btf_rule(kind, arg)
  if (kind == "config") return config_rule(arg)
  if (kind == "lsm") return lsm_rule(arg)
  if (kind == "path") return path_rule(arg)
  if (kind == "sysctl") return sysctl_rule(arg)
  if (kind == "libbpf" || kind == "iproute2" || kind == "bpftool") return userspace_rule(kind, arg)
  fail("a rule this script cannot evaluate: " kind)
}

# A config gate (evaluateCatalogEntry): its "gate:" words GATE[1..ng] → the options of the variant
# that applies, space-separated, into GATE_OPTS; "k" when the release is needed and unknown, "" else.
# One unbounded variant is "OPT,OPT"; variants are "OPT,OPT:SINCE:BEFORE" (bounds may be empty).
function gate(ng,   i, p) {
  GATE_OPTS = ""
  if (ng == 0) return ""
  if (ng == 1 && index(GATE[1], ":") == 0) { GATE_OPTS = GATE[1]; gsub(/,/, " ", GATE_OPTS); return "" }
  if (!KERNEL_OK) return "k"
  for (i = 1; i <= ng; i++) {
    split(GATE[i], p, ":")
    if ((p[2] == "" || at_least(KERNEL_MAJ, KERNEL_MIN, p[2])) && (p[3] == "" || !at_least(KERNEL_MAJ, KERNEL_MIN, p[3]))) {
      GATE_OPTS = p[1]; gsub(/,/, " ", GATE_OPTS); return ""
    }
  }
  return ""
}

# evaluateRules (lib/verdicts/evaluate.ts): the item on line w[1..n] → supported, unsupported, unknown.
function verdict(w, n,   i, c, kind, arg, o, results, uns, sup, proof, versions, decided, below, ng, opts, no) {
  results = uns = sup = proof = versions = decided = below = ng = 0; split("", GATE)
  for (i = 3; i <= n; i++) {
    c = index(w[i], ":"); kind = substr(w[i], 1, c - 1); arg = substr(w[i], c + 1)
    if (kind == "kernel") {
      versions++
      if (KERNEL_OK) { decided++; if (!at_least(KERNEL_MAJ, KERNEL_MIN, arg)) below++ }
      continue
    }
    if (kind == "gate") { GATE[++ng] = arg; continue }
    o = rule(kind, arg); results++
    if (o == "u") uns++
    else if (o == "s") { sup++; if (VIA == "btf") proof = 1 }
  }
  # The gate: an unknown release (when it chooses the variant) is one unknown result; else the
  # options of the variant chosen are config rules like any other.
  if (gate(ng) == "k") results++
  no = split(GATE_OPTS, opts, " ")
  for (i = 1; i <= no; i++) {
    o = config_rule(opts[i]); results++
    if (o == "u") uns++
    else if (o == "s") sup++
  }
  if (results == 0 && versions == 0) return "unknown"
  if (uns > 0) return "unsupported"
  if (sup > 0 && !proof && below > 0) return "unsupported"
  if (results > 0 && sup == results) return "supported"
  if (sup == 0 && decided > 0 && decided == versions) return below == 0 ? "supported" : "unsupported"
  return "unknown"
}

function esc(v,   out, i, c) {
  out = ""
  for (i = 1; i <= length(v); i++) {
    c = substr(v, i, 1)
    if (c == "\\") out = out "\\\\"; else if (c == "\"") out = out "\\\""; else if (c == "\n") out = out "\\n"; else out = out c
  }
  return out
}
function family(name, help) { printf "# HELP %s %s\n# TYPE %s gauge\n", name, help, name }
function fact_value(name) { return V["facts" SUBSEP name SUBSEP "status"] == "ok" ? V["facts" SUBSEP name SUBSEP "value"] : "" }

# Unix time of an ISO 8601 time (Z or an offset), written as lib/metrics/host-metrics.ts epochSeconds writes it.
function epoch(iso,   y, mo, d, rest, frac, off, era, yoe, doy, t) {
  if (iso !~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]/) return ""
  y = substr(iso, 1, 4) + 0; mo = substr(iso, 6, 2) + 0; d = substr(iso, 9, 2) + 0
  rest = substr(iso, 20); frac = ""
  if (match(rest, /^\.[0-9]+/)) { frac = substr(rest, 2, RLENGTH - 1); rest = substr(rest, RLENGTH + 1) }
  if (rest == "Z" || rest == "z") off = 0
  else if (rest ~ /^[-+][0-9][0-9](:?[0-9][0-9])?$/) {
    off = substr(rest, 2, 2) * 3600 + (length(rest) > 3 ? substr(rest, length(rest) - 1, 2) * 60 : 0)
    if (substr(rest, 1, 1) == "-") off = -off
  } else return ""
  y -= (mo <= 2); era = int(y / 400); yoe = y - era * 400
  doy = int((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1
  t = (era * 146097 + yoe * 365 + int(yoe / 4) - int(yoe / 100) + doy - 719468) * 86400
  t += substr(iso, 12, 2) * 3600 + substr(iso, 15, 2) * 60 + substr(iso, 18, 2) - off
  frac = substr(frac "000", 1, 3); sub(/0+$/, "", frac)
  return frac == "" ? sprintf("%d", t) : sprintf("%d.%s", t, frac)
}

BEGIN {
  split("bpf_func_id bpf_prog_type bpf_map_type bpf_attach_type bpf_link_type bpf_cmd", ENUMS, " ")
  split("BPF_FUNC_ BPF_PROG_TYPE_ BPF_MAP_TYPE_ BPF_LINK_TYPE_", PREFIX, " ")
  PREFIX_ENUM["BPF_FUNC_"] = "bpf_func_id"; PREFIX_ENUM["BPF_PROG_TYPE_"] = "bpf_prog_type"
  PREFIX_ENUM["BPF_MAP_TYPE_"] = "bpf_map_type"; PREFIX_ENUM["BPF_LINK_TYPE_"] = "bpf_link_type"
  nk = split(kinds, k, ","); for (i = 1; i <= nk; i++) WANT[k[i]] = 1
  facts = 0; items = 0; JT = ""
}
!facts && $0 == "@@FACTS@@" { facts = 1; next }
!facts { if ($0 != "") LINE[++items] = $0; next }
{ JT = JT $0 "\n" }
END {
  if (FAILED) exit 2
  JN = length(JT); JP = 1
  jvalue(""); ws()
  if (JP <= JN) jfail("text after the document")
  if (TY["facts"] != "o" || V["schemaVersion"] != "1") fail("not host facts (schemaVersion 1): see lib/host-facts/schema.ts")

  KERNEL_OK = V["facts" SUBSEP "kernelRelease" SUBSEP "status"] == "ok" && parse_release(V["facts" SUBSEP "kernelRelease" SUBSEP "value"])
  KERNEL_MAJ = REL_MAJ; KERNEL_MIN = REL_MIN

  distro = ""
  if (V["facts" SUBSEP "distro" SUBSEP "status"] == "ok") {
    D = "facts" SUBSEP "distro" SUBSEP "value" SUBSEP
    if (TY[D "prettyName"] == "s") distro = V[D "prettyName"]
    else {
      if (TY[D "id"] == "s" && V[D "id"] != "") distro = V[D "id"]
      if (TY[D "versionId"] == "s" && V[D "versionId"] != "") distro = (distro == "" ? "" : distro " ") V[D "versionId"]
    }
  }
  btf = V["facts" SUBSEP "btf" SUBSEP "status"] == "ok" ? V["facts" SUBSEP "btf" SUBSEP "value" SUBSEP "present"] : "unknown"
  family("ebpf_digest_host_info", "The host the verdicts are about (always 1): kernel release, distribution, architecture, kernel BTF.")
  printf "ebpf_digest_host_info{kernel=\"%s\",distro=\"%s\",arch=\"%s\",btf=\"%s\"} 1\n", esc(fact_value("kernelRelease")), esc(distro), esc(fact_value("architecture")), btf

  family("ebpf_digest_feature", "Verdict per digest record or catalog entry: 1 supported, 0 unsupported, -1 unknown.")
  VALUE["supported"] = 1; VALUE["unsupported"] = 0; VALUE["unknown"] = -1
  for (i = 1; i <= items; i++) {
    n = split(LINE[i], w, " ")
    v = verdict(w, n)
    COUNT[w[1], v]++
    if (w[1] in WANT) printf "ebpf_digest_feature{id=\"%s\",kind=\"%s\"} %d\n", esc(w[2]), w[1], VALUE[v]
  }

  family("ebpf_digest_items", "Items of each kind with each verdict on the host (every item, exported one by one or not).")
  nk = split(all_kinds, k, ",")
  split("supported unsupported unknown", verdicts, " ")
  for (i = 1; i <= nk; i++) for (j = 1; j <= 3; j++) printf "ebpf_digest_items{kind=\"%s\",verdict=\"%s\"} %d\n", k[i], verdicts[j], COUNT[k[i], verdicts[j]]

  if (duration != "") {
    family("ebpf_digest_probe_duration_seconds", "How long the last read of the host and its evaluation took.")
    printf "ebpf_digest_probe_duration_seconds %.3f\n", duration
  }
  t = epoch(V["collectedAt"])
  if (t == "") fail("collectedAt is not an ISO 8601 time")
  family("ebpf_digest_probe_last_success_timestamp_seconds", "When the host was last read (Unix time): the facts the verdicts come from.")
  printf "ebpf_digest_probe_last_success_timestamp_seconds %s\n", t
}
'

# ---------------------------------------------------------------------------------------------------

TMP=; TMP_REASON=
for dir in "${TMPDIR:-/tmp}" /tmp /var/tmp /dev/shm; do
  TMP=$(mktemp -d "$dir/ebpf-digest-report.XXXXXX" 2>/dev/null) && break
  TMP=
done
[ -n "$TMP" ] || TMP_REASON='no writable temporary directory (set TMPDIR)'
BTF_JOB=
cleanup() {
  [ -n "$BTF_JOB" ] && kill "$BTF_JOB" 2>/dev/null
  [ -n "$TMP" ] && rm -rf -- "$TMP"
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

WANTED_FUNCTIONS_ALL="$WANTED_FUNCTIONS ${EBPF_DIGEST_EXTRA_FUNCTIONS-}"
WANTED_MEMBERS_ALL="$WANTED_MEMBERS ${EBPF_DIGEST_EXTRA_MEMBERS-}"
WANTED_ENUMERATORS_ALL="$WANTED_ENUMERATORS ${EBPF_DIGEST_EXTRA_ENUMERATORS-}"
WANTED_PATHS_ALL="$WANTED_PATHS ${EBPF_DIGEST_EXTRA_PATHS-}"
WANTED_SYSCTLS_ALL="$WANTED_SYSCTLS ${EBPF_DIGEST_EXTRA_SYSCTLS-}"

if [ "$FORMAT" = prometheus ]; then
  resolve_kinds
  command -v awk >/dev/null 2>&1 || { echo 'collect-host-facts.sh: --format prometheus needs awk' >&2; exit 2; }
  if [ -n "$FACTS_FILE" ]; then
    [ -f "$FACTS_FILE" ] && [ -r "$FACTS_FILE" ] || usage_error "--facts $(printf '%.200s' "$FACTS_FILE"): not a readable file"
    metrics_from_facts '' <"$FACTS_FILE"
    exit
  fi
  STARTED_NS=$(now_ns)
fi

# The BTF walk, the longest part, runs beside the other readers when it has a temporary directory
# (its fact comes back through a file there).
BTF_JOB=
if [ -n "$TMP" ]; then
  (
    collect_btf
    printf '%s\n' "$F_BTF" >"$TMP/btf.fact"
  ) &
  BTF_JOB=$!
else
  collect_btf
fi
collect_release
collect_arch
collect_distro
collect_config
collect_btf_modules
collect_lsm
collect_lockdown
collect_sysctls
collect_paths
collect_cgroup
collect_capabilities
collect_memlock
collect_iproute2
collect_bpftool
if [ -n "$BTF_JOB" ]; then
  wait "$BTF_JOB"
  BTF_JOB=
  F_BTF=$(cat -- "$TMP/btf.fact" 2>/dev/null)
  [ -n "$F_BTF" ] || F_BTF=$(fact_unknown /sys/kernel/btf/vmlinux 'the BTF reader stopped before it was done')
fi

print_facts() {
  printf '{"schemaVersion":%s,"collector":{"name":"collect-host-facts.sh","version":"%s"},"collectedAt":"%s","facts":{' \
    $SCHEMA_VERSION $COLLECTOR_VERSION "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  printf '"kernelRelease":%s,"distro":%s,"architecture":%s,"kernelConfig":%s,"btf":%s,"btfModules":%s,' \
    "$F_RELEASE" "$F_DISTRO" "$F_ARCH" "$F_CONFIG" "$F_BTF" "$F_BTF_MODULES"
  printf '"lsm":%s,"lockdown":%s,"sysctls":%s,"paths":%s,"cgroup":%s,"capabilities":%s,"memlock":%s,"iproute2":%s,"bpftool":%s}}\n' \
    "$F_LSM" "$F_LOCKDOWN" "$F_SYSCTLS" "$F_PATHS" "$F_CGROUP" "$F_CAPS" "$F_MEMLOCK" "$F_IPROUTE2" "$F_BPFTOOL"
}

if [ "$FORMAT" = prometheus ]; then
  ns=$(($(now_ns) - STARTED_NS))
  print_facts | metrics_from_facts "$(printf '%d.%03d' $((ns / 1000000000)) $((ns / 1000000 % 1000)))"
else
  print_facts
fi
